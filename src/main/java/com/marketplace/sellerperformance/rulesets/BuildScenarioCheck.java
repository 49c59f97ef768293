package com.marketplace.sellerperformance.rulesets;

import com.marketplace.sellerperformance.engine.RuleCodeRefusedException;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetCompilationException;
import com.marketplace.sellerperformance.engine.RuleSetCompiler;
import com.marketplace.sellerperformance.engine.RuleSetLoader;
import com.marketplace.sellerperformance.engine.ScenariosCheckedAtBuild;
import com.marketplace.sellerperformance.engine.scenario.ScenarioResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by the build (prepare-package): the scenarios of the rules directory on its rules; when all
 * pass, the record that lets the packaged service skip them at start on the same rules and scenarios.
 * A failing scenario does not fail the build (the scenario tests do); the service then runs and
 * reports them at start. Rules whose code reaches beyond deciding do fail the build: the packaged
 * copy is what a native image serves, and it compiles nothing there to check.
 * Arguments: the rules directory and the record's path.
 */
public final class BuildScenarioCheck {
    private BuildScenarioCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        Path record = Path.of(args[1]);
        Files.deleteIfExists(record);
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
        long failed = results.stream().filter(result -> !result.passed()).count();
        if (failed > 0) {
            System.out.println("scenarios checked at build: " + failed + " of " + results.size()
                    + " fail; the service will run them at start");
            return;
        }
        Files.createDirectories(record.getParent());
        Files.writeString(record, ScenariosCheckedAtBuild.fingerprint(ruleSet.version(), scenarios) + "\n");
        System.out.println("scenarios checked at build: " + results.size() + " passed on rule set " + ruleSet.version());
    }
}
