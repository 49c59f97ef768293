package com.marketplace.sellerperformance.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.marketplace.sellerperformance.engine.FiredRulesRecording;
import com.marketplace.sellerperformance.engine.RuleCoverage;
import com.marketplace.sellerperformance.engine.RuleError;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.ScenarioCheck;
import com.marketplace.sellerperformance.engine.TemplateCheck;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the analysts' scenarios (YAML under rules/tests/) against a rule set, in memory: no
 * database, no server. A scenario belongs to the program named by its {@code program:} field, or
 * else by the folder it is in (tests/fba-onsite/…); see rules/tests/README.md for the format.
 */
@ApplicationScoped
public class ScenarioRunner implements ScenarioCheck {
    private final Map<String, ProgramScenarios> programs = new LinkedHashMap<>();
    private final List<TemplateCheck> templates;

    @Inject
    public ScenarioRunner(@All List<ProgramScenarios> programs, @All List<TemplateCheck> templates) {
        programs.forEach(program -> this.programs.put(program.program(), program));
        this.templates = List.copyOf(templates);
    }

    /** Every scenario file under the directory, in path order; none when it does not exist. */
    public List<ScenarioResult> runAll(RuleSet ruleSet, Path scenarios) {
        if (!Files.isDirectory(scenarios)) {
            return List.of();
        }
        List<ScenarioResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.walk(scenarios)) {
            for (Path file : files.filter(ScenarioRunner::isScenario).sorted().toList()) {
                String relative = scenarios.relativize(file).toString().replace('\\', '/');
                results.add(run(ruleSet, relative, Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenarios in " + scenarios, e);
        }
        return results;
    }

    @Override
    public Outcome check(RuleSet ruleSet, Path scenarios, double coverageMinimum) {
        List<ScenarioResult> results = runAll(ruleSet, scenarios);
        return new Outcome(results.stream().filter(result -> !result.passed()).map(ScenarioRunner::describe).toList(),
                coverage(ruleSet, results, coverageMinimum), templates(ruleSet, results));
    }

    /** The rule set's notice templates rendered in every language from what these scenarios decided: each problem. */
    public List<RuleError> templates(RuleSet ruleSet, List<ScenarioResult> results) {
        List<TemplateCheck.Told> told = results.stream().flatMap(result -> result.told().stream()).toList();
        return templates.stream().flatMap(check -> check.check(ruleSet, told).stream()).toList();
    }

    /** The rule set's coverage by these scenarios' runs, failed ones included (a rule they fire is still shown). */
    public static RuleCoverage coverage(RuleSet ruleSet, List<ScenarioResult> results, double minimum) {
        return RuleCoverage.of(ruleSet, results.stream().map(ScenarioResult::firedRules).toList(), minimum);
    }

    /** Every scenario among the files (path under the scenarios folder → text), in path order. */
    public List<ScenarioResult> runAll(RuleSet ruleSet, Map<String, String> files) {
        return new TreeMap<>(files).entrySet().stream()
                .filter(file -> file.getKey().endsWith(".yaml") || file.getKey().endsWith(".yml"))
                .map(file -> run(ruleSet, file.getKey(), file.getValue())).toList();
    }

    /** One line for a failed scenario: file, name and each mismatch. */
    public static String describe(ScenarioResult result) {
        return result.file() + ": " + result.name() + " — " + String.join("; ",
                result.mismatches().stream().map(Object::toString).toList());
    }

    private static boolean isScenario(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** Runs one scenario; file is its path under the scenarios folder, whose first folder names its program. */
    public ScenarioResult run(RuleSet ruleSet, String file, String yaml) {
        JsonNode scenario;
        try {
            scenario = ScenarioYaml.read(yaml);
        } catch (RuntimeException e) {
            return broken(file, file, "the file is not valid YAML: " + e.getMessage());
        }
        String name = scenario.path("name").asText(file);
        int slash = file.indexOf('/');
        String program = scenario.path("program").asText(slash < 0 ? "" : file.substring(0, slash));
        ProgramScenarios runner = programs.get(program);
        if (runner == null) {
            return broken(file, name, "unknown program '" + program + "'; one of " + programs.keySet()
                    + " (set program: or put the file in that program's folder)");
        }
        Expectations expectations = new Expectations();
        try (FiredRulesRecording fired = FiredRulesRecording.start()) {
            try {
                runner.run(ruleSet, scenario, expectations);
            } catch (IOException | IllegalArgumentException e) {
                return broken(file, name, "the scenario cannot be read: " + e.getMessage(), fired.fired());
            } catch (RuntimeException e) {
                return broken(file, name, "the rules failed: " + e, fired.fired());
            }
            return new ScenarioResult(file, name, expectations.mismatches(), fired.fired(), expectations.told());
        }
    }

    private static ScenarioResult broken(String file, String name, String reason) {
        return broken(file, name, reason, Map.of());
    }

    private static ScenarioResult broken(String file, String name, String reason, Map<String, Set<String>> fired) {
        return new ScenarioResult(file, name, List.of(new ScenarioResult.Mismatch("scenario", "to run", reason)), fired,
                List.of());
    }
}
