package com.marketplace.sellerperformance.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.engine.RuleCoverage;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetCompiler;
import com.marketplace.sellerperformance.engine.RuleSetLoader;
import com.marketplace.sellerperformance.engine.scenario.ScenarioResult;
import com.marketplace.sellerperformance.engine.scenario.ScenarioRunner;
import com.marketplace.sellerperformance.rulesets.RulesCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every analyst scenario under rules/tests passes against the policy in rules/; a wrong one fails with
 * its diff. The runner's own behaviour is shown on the tests' fixed rule set, so that it does not
 * depend on the policy's numbers.
 */
class RuleScenariosTest {
    private static final Path RULES = Path.of("rules");
    private final ScenarioRunner runner = RulesCommand.scenarioRunner();

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        RuleSet policy = new RuleSetLoader(new RuleSetCompiler()).load(RULES);
        List<ScenarioResult> results = runner.runAll(policy, RULES.resolve("tests"));
        assertFalse(results.isEmpty(), "no scenarios found under rules/tests");
        return results.stream().map(result -> DynamicTest.dynamicTest(result.file() + ": " + result.name(),
                () -> assertTrue(result.passed(), result.file() + ": " + result.name() + "\n" + String.join("\n",
                        result.mismatches().stream().map(Object::toString).toList()))));
    }

    @Test
    void theScenariosFireEveryRuleOfThePolicy() {
        RuleSet policy = new RuleSetLoader(new RuleSetCompiler()).load(RULES);
        RuleCoverage coverage = ScenarioRunner.coverage(policy, runner.runAll(policy, RULES.resolve("tests")), 100);
        assertTrue(coverage.meetsMinimum(), coverage.table());
        coverage.programs().forEach((program, covered) ->
                assertEquals(List.of(), covered.uncovered(), program + " rules no scenario fires"));
    }

    @Test
    void aRuleIsCountedOncePerScenarioHoweverOftenItFires() {
        ScenarioResult result = runner.run(FixedSet.RULE_SET, "fba-onsite/two-weeks.yaml", """
                name: two weeks, each measured in its own session
                assessments:
                  - facts: {periodStart: 2026-01-04, periodEnd: 2026-01-10, unitsShipped: 1000,
                            unitsLateProcessed: 0, unitsCancelled: 0, unitsLateHandover: 0}
                  - facts: {periodStart: 2026-01-11, periodEnd: 2026-01-17, unitsShipped: 1000,
                            unitsLateProcessed: 0, unitsCancelled: 0, unitsLateHandover: 0}
                """);
        RuleCoverage coverage = ScenarioRunner.coverage(FixedSet.RULE_SET, List.of(result, result), 0);
        assertTrue(result.firedRules().get("fba-onsite").contains("FBA Onsite metric goals"), result.toString());
        assertEquals(2, coverage.byRule().stream().filter(rule -> rule.rule().equals("FBA Onsite metric goals"))
                .findFirst().orElseThrow().scenarios());
    }

    @Test
    void aWrongExpectationIsReportedWithExpectedAndActual() {
        ScenarioResult result = runner.run(FixedSet.RULE_SET, "fba-onsite/wrong.yaml", """
                name: six late units of a thousand are wrongly expected to miss
                assessments:
                  - facts: {periodStart: 2026-01-04, periodEnd: 2026-01-10, unitsShipped: 1000,
                            unitsLateProcessed: 6, unitsCancelled: 0, unitsLateHandover: 0}
                    expect:
                      metrics: {LATE_PROCESSING_RATE: MISSED}
                """);
        assertFalse(result.passed());
        assertEquals(List.of(new ScenarioResult.Mismatch("assessments[0].metrics.LATE_PROCESSING_RATE", "MISSED", "MET")),
                result.mismatches());
    }

    @Test
    void anUnreadableScenarioIsAFailureNotACrash() {
        ScenarioResult result = runner.run(FixedSet.RULE_SET, "fba-onsite/broken.yaml", "assessments: [ {facts: {periodStart: soon}} ]");
        assertFalse(result.passed());
        assertTrue(result.mismatches().get(0).actual().contains("cannot be read"), result.toString());
    }

    /** The tests' fixed rule set, compiled once for the tests that use it. */
    private static final class FixedSet {
        static final RuleSet RULE_SET = new RuleSetLoader(new RuleSetCompiler()).load(FixedRules.DIR);
    }
}
