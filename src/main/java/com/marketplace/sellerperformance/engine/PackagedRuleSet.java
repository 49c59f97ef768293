package com.marketplace.sellerperformance.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieRuntimeBuilder;

/**
 * The copy of rules/ packaged with the service and compiled at build time into the executable
 * model (the only form a native image can run). Its files are read back from the classpath, so
 * its version is the same as the directory's it was built from.
 */
@ApplicationScoped
public class PackagedRuleSet {
    static final String ROOT = "packaged-rules/";

    private final Instance<KieRuntimeBuilder> buildTimeRules;
    private final RuleSetCompiler compiler;

    public PackagedRuleSet(Instance<KieRuntimeBuilder> buildTimeRules, RuleSetCompiler compiler) {
        this.buildTimeRules = buildTimeRules;
        this.compiler = compiler;
    }

    public Optional<RuleSet> load() {
        Optional<List<RuleFile>> packaged = files();
        if (packaged.isEmpty()) {
            return Optional.empty();
        }
        List<RuleFile> files = packaged.get();
        Map<String, Map<String, KieBase>> programs = new LinkedHashMap<>();
        for (String program : RuleSetCompiler.programsOf(files)) {
            programs.put(program, builtPhases(program, files));
        }
        return Optional.of(compiler.prebuilt("packaged", files, programs));
    }

    /**
     * The rule bases built at build time for each program whose files in the given set are exactly
     * the packaged files of that program; a program that differs in any file is not among them.
     */
    public Map<String, Map<String, KieBase>> builtFor(List<RuleFile> files) {
        Optional<List<RuleFile>> packaged = files();
        Map<String, Map<String, KieBase>> built = new LinkedHashMap<>();
        if (packaged.isEmpty()) {
            return built;
        }
        for (String program : RuleSetCompiler.programsOf(files)) {
            if (filesOf(program, files).equals(filesOf(program, packaged.get()))) {
                built.put(program, builtPhases(program, files));
            }
        }
        return built;
    }

    /** The program's rule bases built at build time, one per phase, as META-INF/kmodule.xml declares them. */
    private Map<String, KieBase> builtPhases(String program, List<RuleFile> files) {
        Map<String, KieBase> phases = new LinkedHashMap<>();
        RulePhases.kieBases(program, filesOf(program, files))
                .forEach((phase, kieBase) -> phases.put(phase, buildTimeRules.get().getKieBase(kieBase)));
        return phases;
    }

    private static List<RuleFile> filesOf(String program, List<RuleFile> files) {
        return files.stream().filter(file -> file.program().equals(program))
                .sorted(Comparator.comparing(RuleFile::path)).toList();
    }

    /** The packaged files, when rules were packaged and compiled at build time. */
    private Optional<List<RuleFile>> files() {
        String index = read("INDEX");
        if (index == null || !buildTimeRules.isResolvable()) {
            return Optional.empty();
        }
        List<RuleFile> files = new ArrayList<>();
        for (String path : index.split("\\R")) {
            if (!path.isBlank()) {
                String content = read(path.strip());
                if (content == null) {
                    throw new IllegalStateException("The packaged rule file " + path + " is missing");
                }
                files.add(new RuleFile(path.strip(), content));
            }
        }
        return Optional.of(files);
    }

    static String read(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged rule file " + path, e);
        }
    }
}
