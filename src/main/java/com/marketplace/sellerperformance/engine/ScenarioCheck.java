package com.marketplace.sellerperformance.engine;

import java.nio.file.Path;
import java.util.List;

/** Runs the analysts' scenarios in a folder against a rule set; the engine owns this seam, the scenario runner fills it. */
public interface ScenarioCheck {

    /** One line for each scenario that fails (file, name, each mismatch); empty when all pass. */
    List<String> failures(RuleSet ruleSet, Path scenarios);
}
