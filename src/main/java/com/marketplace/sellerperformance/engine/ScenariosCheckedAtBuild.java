package com.marketplace.sellerperformance.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The build runs the scenarios of rules/tests/ on the packaged policy and, when all pass, packages a
 * record of what it checked: the rule set's version and a fingerprint of the scenario files, and the
 * rule coverage they showed. A start on the same rules and the same scenarios need not run them again.
 */
public final class ScenariosCheckedAtBuild {
    /** Where the build writes the record, under the packaged rules. */
    public static final String RECORD = "SCENARIOS-PASSED";

    /** Beside the record: the rule coverage the build found, answered for the packaged copy (which has no scenarios). */
    public static final String COVERAGE = "RULE-COVERAGE.json";

    private ScenariosCheckedAtBuild() {
    }

    /** The rule set's version and the SHA-256 over every scenario file's path and content. */
    public static String fingerprint(String rulesVersion, Path scenarios) {
        return rulesVersion + " " + RuleSetCompiler.versionOf(scenarioFiles(scenarios));
    }

    /** Whether the build checked exactly these rules with exactly these scenarios, and all passed. */
    static boolean covers(String rulesVersion, Path scenarios) {
        String record = PackagedRuleSet.read(RECORD);
        return record != null && record.strip().equals(fingerprint(rulesVersion, scenarios));
    }

    /** The rule coverage the build found for this rule set, when it is the packaged one. */
    static Optional<RuleCoverage> coverageOf(String rulesVersion) {
        String record = PackagedRuleSet.read(RECORD);
        String coverage = PackagedRuleSet.read(COVERAGE);
        if (record == null || coverage == null || !record.startsWith(rulesVersion + " ")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ObjectMapper().readValue(coverage, RuleCoverage.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged rule coverage", e);
        }
    }

    private static List<RuleFile> scenarioFiles(Path scenarios) {
        if (!Files.isDirectory(scenarios)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(scenarios)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> scenarios.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .map(relative -> new RuleFile(relative, read(scenarios.resolve(relative))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenarios in " + scenarios, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenario file " + file, e);
        }
    }
}
