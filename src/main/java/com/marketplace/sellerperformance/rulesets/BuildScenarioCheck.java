package com.marketplace.sellerperformance.rulesets;

import com.marketplace.sellerperformance.engine.RuleCodeRefusedException;
import com.marketplace.sellerperformance.engine.RuleCoverage;
import com.marketplace.sellerperformance.engine.RuleError;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetCompilationException;
import com.marketplace.sellerperformance.engine.RuleSetCompiler;
import com.marketplace.sellerperformance.engine.RuleSetLoader;
import com.marketplace.sellerperformance.engine.RulesConfig;
import com.marketplace.sellerperformance.engine.ScenariosCheckedAtBuild;
import com.marketplace.sellerperformance.engine.scenario.ScenarioResult;
import com.marketplace.sellerperformance.engine.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Run by the build (prepare-package): the scenarios of the rules directory on its rules; when all
 * pass, the record that lets the packaged service skip them at start on the same rules and scenarios.
 * A failing scenario does not fail the build (the scenario tests do); the service then runs and
 * reports them at start. Rules whose code reaches beyond deciding do fail the build: the packaged
 * copy is what a native image serves, and it compiles nothing there to check. So do notice templates
 * that do not render in every language from what the scenarios decide (NoticeTemplateCheck), and a rule
 * coverage below {@code rules.coverage.minimum}: the coverage is printed as a table and written as JSON.
 * Arguments: the rules directory, the record's path and the coverage JSON's path.
 */
public final class BuildScenarioCheck {
    private BuildScenarioCheck() {
    }

    public static void main(String[] args) throws IOException {
        check(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), RulesCommand.coverageMinimum());
    }

    static void check(Path rules, Path record, Path coverageJson, double coverageMinimum) throws IOException {
        Files.deleteIfExists(record);
        Files.deleteIfExists(record.resolveSibling(ScenariosCheckedAtBuild.COVERAGE));
        RuleSet ruleSet;
        try {
            ruleSet = new RuleSetLoader(new RuleSetCompiler()).load(rules);
        } catch (RuleCodeRefusedException e) {
            throw new IllegalStateException("The rules to package are refused: " + e.getMessage(), e);
        } catch (RuleSetCompilationException | IllegalStateException | UncheckedIOException e) {
            System.out.println("scenarios not checked at build: " + e.getMessage());
            return;
        }
        Path scenarios = rules.resolve("tests");
        List<ScenarioResult> results = RulesCommand.scenarioRunner().runAll(ruleSet, scenarios);
        RuleCoverage coverage = ScenarioRunner.coverage(ruleSet, results, coverageMinimum);
        System.out.print(coverage.table());
        RulesCommand.writeJson(coverage, coverageJson);
        System.out.println("rule coverage written to " + coverageJson);
        if (!coverage.meetsMinimum()) {
            throw new IllegalStateException("The rules to package are not shown by their scenarios: "
                    + String.join("; ", coverage.shortfalls()) + " (add scenarios under " + scenarios
                    + ", or lower " + RulesConfig.COVERAGE_MINIMUM + ")");
        }
        List<RuleError> templates = RulesCommand.scenarioRunner().templates(ruleSet, results);
        if (!templates.isEmpty()) {
            templates.forEach(problem -> System.out.println("TEMPLATE " + problem));
            throw new IllegalStateException("The notice templates to package do not render from what the scenarios"
                    + " decide: " + templates.stream().map(RuleError::toString).collect(Collectors.joining("; ")));
        }
        long failed = results.stream().filter(result -> !result.passed()).count();
        if (failed > 0) {
            System.out.println("scenarios checked at build: " + failed + " of " + results.size()
                    + " fail; the service will run them at start");
            return;
        }
        Files.createDirectories(record.getParent());
        Files.writeString(record, ScenariosCheckedAtBuild.fingerprint(ruleSet.version(), scenarios) + "\n");
        RulesCommand.writeJson(coverage, record.resolveSibling(ScenariosCheckedAtBuild.COVERAGE));
        System.out.println("scenarios checked at build: " + results.size() + " passed on rule set " + ruleSet.version());
    }
}
