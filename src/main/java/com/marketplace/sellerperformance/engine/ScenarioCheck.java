package com.marketplace.sellerperformance.engine;

import java.nio.file.Path;
import java.util.List;

/** Runs the analysts' scenarios in a folder against a rule set; the engine owns this seam, the scenario runner fills it. */
public interface ScenarioCheck {

    /**
     * What running the scenarios showed: one line per failing scenario, the rules they fire, and each
     * problem of the notice templates rendered from what they decided (file, line, message).
     */
    record Outcome(List<String> failures, RuleCoverage coverage, List<RuleError> templates) {
    }

    /**
     * Runs every scenario: one line for each that fails (file, name, each mismatch), empty when all
     * pass; and the rule set's coverage by them, held against the minimum percentage.
     */
    Outcome check(RuleSet ruleSet, Path scenarios, double coverageMinimum);
}
