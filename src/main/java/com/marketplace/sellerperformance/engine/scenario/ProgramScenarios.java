package com.marketplace.sellerperformance.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.marketplace.sellerperformance.engine.RuleSet;
import java.io.IOException;

/** How one program's scenarios run: each program gives its facts to its rules and reports what they decided. */
public interface ProgramScenarios {

    /** The program's folder name under the rules directory, e.g. fba-onsite. */
    String program();

    /** Runs one scenario, comparing each step's outcome with what the scenario expects. */
    void run(RuleSet ruleSet, JsonNode scenario, Expectations expectations) throws IOException;
}
