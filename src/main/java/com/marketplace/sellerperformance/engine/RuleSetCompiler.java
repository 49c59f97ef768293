package com.marketplace.sellerperformance.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles rule files into the executable model, each program folder into a KieBase of its own so
 * that one program's rules never see another's facts. Every condition, consequence, function and
 * declared type becomes a class file, and nothing of a program is loaded before its class files
 * pass the check on what rule code may reach ({@link RuleCodeCheck}): a rule set can only decide.
 */
@ApplicationScoped
public class RuleSetCompiler {
    private static final String RESOURCES = "src/main/resources/";

    public RuleSet compile(String source, List<RuleFile> files) {
        return compile(source, files, Map.of(), false);
    }

    /**
     * Compiles the files, except the programs given already built (at build time, from the same files):
     * their rule bases are taken as they are.
     */
    public RuleSet compile(String source, List<RuleFile> files, Map<String, Map<String, KieBase>> built) {
        return compile(source, files, built, false);
    }

    /**
     * Stored versions from before the calendar rules may carry a {@code .calendar} file; they are
     * read as they served. Anywhere else such a file is an error: holidays are rules now.
     */
    private RuleSet compile(String source, List<RuleFile> files, Map<String, Map<String, KieBase>> built,
                            boolean calendarFilesAllowed) {
        List<RuleFile> sorted = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
        String version = versionOf(sorted);
        Map<String, List<RuleFile>> drlByProgram = drlByProgram(sorted);
        List<RuleError> errors = new ArrayList<>();
        drlByProgram.values().forEach(programFiles -> errors.addAll(RulePhases.layoutErrors(programFiles)));
        if (!errors.isEmpty()) {
            throw new RuleSetCompilationException(source, errors);
        }
        List<RuleCodeRefusal> refusals = new ArrayList<>();
        Map<String, Map<String, KieBase>> programs = new LinkedHashMap<>();
        for (Map.Entry<String, List<RuleFile>> program : drlByProgram.entrySet()) {
            Map<String, KieBase> phases = built.containsKey(program.getKey()) ? built.get(program.getKey())
                    : compileProgram(version, program.getKey(), program.getValue(), errors, refusals);
            if (phases != null) {
                programs.put(program.getKey(), phases);
            }
        }
        if (!refusals.isEmpty()) {
            // Before the tables and holiday rules below run: nothing of a refused set runs.
            errors.addAll(refusals.stream().map(RuleCodeRefusal::asError).toList());
            throw new RuleCodeRefusedException(source, errors, refusals);
        }
        Map<String, ProgramRules> rules = programRules(sorted, drlByProgram, programs, calendarFilesAllowed, errors);
        if (!errors.isEmpty()) {
            throw new RuleSetCompilationException(source, errors);
        }
        return new RuleSet(version, source, Instant.now(), sorted, Map.copyOf(rules));
    }

    /**
     * An analyst's draft (path under the rules directory → text), compiled in isolation; refused where
     * rules cannot be compiled while running (a native image).
     */
    public RuleSet compileDraft(Map<String, String> draft) {
        if (!RuleSetReloader.canCompileAtRunTime()) {
            throw new CompilationUnavailableException("Draft rules cannot be compiled in the native image; use the"
                    + " JVM image to validate or back-test drafts");
        }
        List<RuleFile> files = new ArrayList<>();
        draft.forEach((path, content) -> files.add(new RuleFile(path, content == null ? "" : content)));
        return compile("draft", files);
    }

    /**
     * A stored version compiled again, under the version it was stored with: its files as stored,
     * with fact classes that moved since imported by their names now.
     */
    public RuleSet compileStored(String version, List<RuleFile> files) {
        RuleSet compiled = compile("stored version " + version, FactRenames.applyTo(files), Map.of(), true);
        return new RuleSet(version, compiled.source(), compiled.loadedAt(),
                files.stream().sorted(Comparator.comparing(RuleFile::path)).toList(), compiled.programs());
    }

    /** A rule set whose rule bases (program → phase → base) were compiled elsewhere (at build time), from the same files. */
    public RuleSet prebuilt(String source, List<RuleFile> files, Map<String, Map<String, KieBase>> programs) {
        List<RuleFile> sorted = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
        List<RuleError> errors = new ArrayList<>();
        Map<String, ProgramRules> rules = programRules(sorted, drlByProgram(sorted), programs, false, errors);
        if (!errors.isEmpty()) {
            throw new RuleSetCompilationException(source, errors);
        }
        return new RuleSet(versionOf(sorted), source, Instant.now(), sorted, Map.copyOf(rules));
    }

    /** The program folders that hold rules. */
    static Set<String> programsOf(List<RuleFile> files) {
        return files.stream().filter(RuleFile::isDrl).map(RuleFile::program)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, List<RuleFile>> drlByProgram(List<RuleFile> sorted) {
        return sorted.stream()
                .filter(RuleFile::isDrl)
                .collect(Collectors.groupingBy(RuleFile::program, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Each program's rule bases with what its once-per-set phases make: the tables' rows and the holiday
     * calendar (made by running the calendar rules once for every year they cover).
     */
    private static Map<String, ProgramRules> programRules(List<RuleFile> sorted,
                                                          Map<String, List<RuleFile>> drlByProgram,
                                                          Map<String, Map<String, KieBase>> programs,
                                                          boolean calendarFilesAllowed, List<RuleError> errors) {
        Map<String, List<Object>> storedCalendars = new LinkedHashMap<>();
        for (RuleFile file : sorted) {
            if (file.path().endsWith(HolidayCalendarFile.EXTENSION)) {
                if (calendarFilesAllowed) {
                    storedCalendars.computeIfAbsent(file.program(), program -> new ArrayList<>())
                            .add(HolidayCalendarFile.parse(file, errors));
                } else {
                    errors.add(new RuleError(file.path(), 1, "Holiday calendar files are no longer read: holidays"
                            + " are rules (see rules/fba-onsite/calendar/national-holidays.drl); move these dates there"));
                }
            }
        }
        Map<String, ProgramRules> rules = new LinkedHashMap<>();
        programs.forEach((program, phases) -> {
            List<RuleFile> drl = drlByProgram.getOrDefault(program, List.of());
            List<Object> facts = new ArrayList<>();
            Map<Object, String> tableRuleOf = new LinkedHashMap<>();
            KieBase tables = phases.get(ProgramRules.TABLES);
            if (tables != null) {
                RuleTables.Built built = RuleTables.run(program, tables, RulePhases.filesOf(drl, ProgramRules.TABLES),
                        errors);
                facts.addAll(built.facts());
                tableRuleOf = built.ruleOf();
            }
            if (storedCalendars.containsKey(program)) {
                facts.addAll(storedCalendars.get(program));
            } else {
                KieBase calendar = phases.containsKey(ProgramRules.WHOLE_PROGRAM) ? phases.get(ProgramRules.WHOLE_PROGRAM)
                        : phases.get(ProgramRules.CALENDAR);
                if (calendar == null) {
                    HolidayCalendarRules.noCalendar(program, drl, errors);
                } else {
                    HolidayCalendarRules.run(program, calendar, drl, errors).ifPresent(facts::add);
                }
            }
            rules.put(program, new ProgramRules(phases, facts, tableRuleOf));
        });
        return rules;
    }

    /**
     * Proves that run-time compilation takes effect: a probe rule compiled now must be in the rule
     * base that comes back, not the packaged rules compiled at build time, which share the class path.
     */
    public void verifyRunTimeCompilation() {
        String probe = "run-time compilation probe " + UUID.randomUUID();
        RuleSet compiled = compile("self-check", List.of(new RuleFile("selfcheck/probe.drl",
                "package selfcheck;\nrule \"" + probe + "\"\nwhen\n    eval(false)\nthen\nend\n")));
        KieBase base = compiled.programs().get("selfcheck").phase("selfcheck", ProgramRules.WHOLE_PROGRAM);
        if (base == null || base.getRule("selfcheck", probe) == null) {
            throw new IllegalStateException("Rules compiled at run time are not the ones served (the packaged rules"
                    + " came back instead); keep org.drools:drools-model-codegen (part of drools-engine) on the class path");
        }
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

    /** The program's rule bases by phase (one for the whole program when its files are not in phase folders). */
    private Map<String, KieBase> compileProgram(String version, String program, List<RuleFile> files,
                                                List<RuleError> errors, List<RuleCodeRefusal> refusals) {
        KieServices kieServices = KieServices.Factory.get();
        String artifact = program.isEmpty() ? "root" : program.replaceAll("[^A-Za-z0-9_.-]", "_");
        ReleaseId releaseId = kieServices.newReleaseId("sellerperformance.rules", artifact, version.substring(0, 12));
        KieFileSystem fileSystem = kieServices.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (RuleFile file : files) {
            fileSystem.write(RESOURCES + file.path(), file.content());
        }
        Map<String, String> kieBaseOfPhase = RulePhases.kieBases(program, files);
        if (!kieBaseOfPhase.isEmpty()) {
            fileSystem.writeKModuleXML(RulePhases.kmodule(kieServices, program, files).toXML());
        }
        KieBuilder builder = kieServices.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
        List<Message> problems = builder.getResults().getMessages(Message.Level.ERROR);
        if (!problems.isEmpty()) {
            errors.addAll(errorsInDrlTerms(kieServices, files, releaseId, problems));
            kieServices.getRepository().removeKieModule(releaseId);
            return null;
        }
        List<RuleCodeRefusal> refused = RuleCodeCheck.refusals(files,
                ((InternalKieModule) builder.getKieModule()).getClassesMap(),
                CanonicalKieModule.getProjectModelClassNameNameWithReleaseId(releaseId));
        if (!refused.isEmpty()) {
            refusals.addAll(refused);
            kieServices.getRepository().removeKieModule(releaseId);
            return null;
        }
        try {
            KieContainer container = kieServices.newKieContainer(releaseId);
            if (kieBaseOfPhase.isEmpty()) {
                return Map.of(ProgramRules.WHOLE_PROGRAM, container.getKieBase());
            }
            Map<String, KieBase> phases = new LinkedHashMap<>();
            kieBaseOfPhase.forEach((phase, kieBase) -> phases.put(phase, container.getKieBase(kieBase)));
            return phases;
        } finally {
            // The KieBases stay usable; the repository would otherwise keep every version ever compiled.
            kieServices.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * The executable model reports errors in the Java it generated (a consequence's type error, say)
     * against that Java; the classic compiler, which only compiles here and runs nothing, tells the
     * same errors by DRL file and line.
     */
    private static List<RuleError> errorsInDrlTerms(KieServices kieServices, List<RuleFile> files,
                                                    ReleaseId releaseId, List<Message> problems) {
        if (problems.stream().allMatch(problem -> problem.getPath() != null && problem.getPath().startsWith(RESOURCES))) {
            return problems.stream().map(RuleSetCompiler::toError).toList();
        }
        // All files in one default rule base: the classic compiler picks a rule base's files by folder.
        KieFileSystem everyFile = kieServices.newKieFileSystem().generateAndWritePomXML(releaseId);
        files.forEach(file -> everyFile.write(RESOURCES + file.path(), file.content()));
        List<Message> classic = kieServices.newKieBuilder(everyFile).buildAll().getResults()
                .getMessages(Message.Level.ERROR);
        kieServices.getRepository().removeKieModule(releaseId);
        return (classic.isEmpty() ? problems : classic).stream().map(RuleSetCompiler::toError).toList();
    }

    private static RuleError toError(Message message) {
        String path = message.getPath() == null ? "" : message.getPath();
        if (path.startsWith(RESOURCES)) {
            path = path.substring(RESOURCES.length());
        }
        return new RuleError(path, Math.max(message.getLine(), 0), message.getText().strip());
    }
}
