package com.marketplace.sellerperformance.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieServices;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;

/**
 * How a program's files make its phases: every rule file sits in a phase folder
 * ({@code fba-onsite/measure/period.drl}), and each phase folder becomes a rule base named
 * {@code <program>.<phase>} holding the DRL packages its files declare. The packaged policy's rule bases,
 * compiled at build time, are declared the same way in {@code META-INF/kmodule.xml}.
 */
final class RulePhases {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([A-Za-z_][\\w.]*)\\s*;?", Pattern.MULTILINE);

    private RulePhases() {
    }

    /** The rule base name of each phase (in path order); empty for a program written before phases. */
    static Map<String, String> kieBases(String program, List<RuleFile> files) {
        Map<String, String> names = new LinkedHashMap<>();
        files.stream().filter(RuleFile::isDrl).map(RuleFile::phase).filter(phase -> !phase.isEmpty())
                .forEach(phase -> names.put(phase, kieBaseName(program, phase)));
        return names;
    }

    static String kieBaseName(String program, String phase) {
        return program + "." + phase;
    }

    /**
     * One rule base per phase. Its packages name both the phase's folder (the classic builder picks a
     * rule base's files by folder) and the packages its files declare (the executable model picks by
     * package).
     */
    static KieModuleModel kmodule(KieServices kieServices, String program, List<RuleFile> files) {
        KieModuleModel module = kieServices.newKieModuleModel();
        packagesByPhase(files).forEach((phase, packages) -> {
            KieBaseModel base = module.newKieBaseModel(kieBaseName(program, phase));
            filesOf(files, phase).stream().map(file -> file.path().substring(0, file.path().lastIndexOf('/')))
                    .distinct().forEach(folder -> base.addPackage(folder.replace('/', '.')));
            packages.forEach(base::addPackage);
        });
        return module;
    }

    /** The DRL files of one phase. */
    static List<RuleFile> filesOf(List<RuleFile> files, String phase) {
        return files.stream().filter(RuleFile::isDrl).filter(file -> file.phase().equals(phase)).toList();
    }

    /**
     * A program's rule files are either all in phase folders or, as before phases, all in the program's
     * folder; a DRL package belongs to one phase, so that no phase's rule base takes another's rules.
     */
    static List<RuleError> layoutErrors(List<RuleFile> programFiles) {
        List<RuleError> errors = new ArrayList<>();
        List<RuleFile> drl = programFiles.stream().filter(RuleFile::isDrl).toList();
        boolean phased = drl.stream().anyMatch(file -> !file.phase().isEmpty());
        if (!phased) {
            return errors;
        }
        drl.stream().filter(file -> file.phase().isEmpty()).forEach(file -> errors.add(new RuleError(file.path(), 1,
                "Rule files of " + file.program() + " sit in phase folders (" + String.join(", ",
                        packagesByPhase(drl).keySet()) + "); move this file into the folder of the phase it"
                        + " belongs to")));
        Map<String, String> phaseOfPackage = new TreeMap<>();
        for (RuleFile file : drl) {
            if (file.phase().isEmpty()) {
                continue;
            }
            String declared = declaredPackage(file);
            String earlier = phaseOfPackage.putIfAbsent(declared, file.phase());
            if (earlier != null && !earlier.equals(file.phase())) {
                errors.add(new RuleError(file.path(), lineOfPackage(file), "The package " + declared
                        + " is already the package of the " + earlier + " phase; give the " + file.phase()
                        + " phase a package of its own (for example " + file.program().replace("-", "")
                        + "." + file.phase().replace("-", "") + ")"));
            }
        }
        return errors;
    }

    private static Map<String, Set<String>> packagesByPhase(List<RuleFile> files) {
        Map<String, Set<String>> packages = new TreeMap<>();
        files.stream().filter(RuleFile::isDrl).filter(file -> !file.phase().isEmpty())
                .forEach(file -> packages.computeIfAbsent(file.phase(), phase -> new LinkedHashSet<>())
                        .add(declaredPackage(file)));
        return packages;
    }

    private static String declaredPackage(RuleFile file) {
        Matcher matcher = PACKAGE.matcher(withoutComments(file.content()));
        return matcher.find() ? matcher.group(1) : "";
    }

    private static int lineOfPackage(RuleFile file) {
        String[] lines = file.content().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (PACKAGE.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 1;
    }

    /** Comments blanked out, lines kept. */
    private static String withoutComments(String drl) {
        return drl.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", "");
    }
}
