package com.marketplace.sellerperformance.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.enterprise.context.ApplicationScoped;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles rule files with the classic DRL compiler, each program folder into a KieBase of its own
 * so that one program's rules never see another's facts.
 */
@ApplicationScoped
public class RuleSetCompiler {
    private static final String RESOURCES = "src/main/resources/";

    public RuleSet compile(String source, List<RuleFile> files) {
        List<RuleFile> sorted = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
        String version = versionOf(sorted);
        Map<String, List<RuleFile>> drlByProgram = sorted.stream()
                .filter(RuleFile::isDrl)
                .collect(Collectors.groupingBy(RuleFile::program, LinkedHashMap::new, Collectors.toList()));
        List<RuleError> errors = new ArrayList<>();
        Map<String, KieBase> programs = new LinkedHashMap<>();
        for (Map.Entry<String, List<RuleFile>> program : drlByProgram.entrySet()) {
            KieBase base = compileProgram(version, program.getKey(), program.getValue(), errors);
            if (base != null) {
                programs.put(program.getKey(), base);
            }
        }
        Map<String, List<Object>> programFacts = new LinkedHashMap<>();
        for (RuleFile file : sorted) {
            if (file.path().endsWith(HolidayCalendarFile.EXTENSION)) {
                programFacts.computeIfAbsent(file.program(), program -> new ArrayList<>())
                        .add(HolidayCalendarFile.parse(file, errors));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleSetCompilationException(source, errors);
        }
        return new RuleSet(version, source, Instant.now(), sorted, Map.copyOf(programs), Map.copyOf(programFacts));
    }

    /** SHA-256 over each file's path and content, in path order. */
    static String versionOf(List<RuleFile> sortedFiles) {
        MessageDigest digest = RuleFile.sha256Digest();
        for (RuleFile file : sortedFiles) {
            digest.update(file.path().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.content().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return RuleFile.hex(digest.digest());
    }

    private KieBase compileProgram(String version, String program, List<RuleFile> files, List<RuleError> errors) {
        KieServices kieServices = KieServices.Factory.get();
        String artifact = program.isEmpty() ? "root" : program.replaceAll("[^A-Za-z0-9_.-]", "_");
        ReleaseId releaseId = kieServices.newReleaseId("sellerperformance.rules", artifact, version.substring(0, 12));
        KieFileSystem fileSystem = kieServices.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (RuleFile file : files) {
            fileSystem.write(RESOURCES + file.path(), file.content());
        }
        KieBuilder builder = kieServices.newKieBuilder(fileSystem).buildAll();
        List<Message> problems = builder.getResults().getMessages(Message.Level.ERROR);
        if (!problems.isEmpty()) {
            problems.forEach(message -> errors.add(toError(message)));
            return null;
        }
        try {
            return kieServices.newKieContainer(releaseId).getKieBase();
        } finally {
            // The KieBase stays usable; the repository would otherwise keep every version ever compiled.
            kieServices.getRepository().removeKieModule(releaseId);
        }
    }

    private static RuleError toError(Message message) {
        String path = message.getPath() == null ? "" : message.getPath();
        if (path.startsWith(RESOURCES)) {
            path = path.substring(RESOURCES.length());
        }
        return new RuleError(path, Math.max(message.getLine(), 0), message.getText().strip());
    }
}
