package com.marketplace.sellerperformance.rulesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.engine.RuleCoverage;
import com.marketplace.sellerperformance.engine.ScenariosCheckedAtBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build's scenario check writes the rule coverage and fails the build below the minimum. The
 * fixed rule set's two scenarios fire about half of each program's rules.
 */
class BuildScenarioCheckTest {
    private static final Path OUT = Path.of("target", "build-scenario-check-test").toAbsolutePath();

    @Test
    void coverageBelowTheMinimumFailsTheBuildNamingTheRulesNoScenarioFires() throws IOException {
        Path record = OUT.resolve("below/SCENARIOS-PASSED");
        Path json = OUT.resolve("below/rule-coverage.json");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> BuildScenarioCheck.check(FixedRules.DIR, record, json, 60));
        assertTrue(failure.getMessage().contains("rule coverage of fba-onsite is 52.0 %"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Late processed units over their limit"), failure.getMessage());
        assertTrue(failure.getMessage().contains(" rules.coverage.minimum"), failure.getMessage());
        assertFalse(Files.exists(record), "no record of passed scenarios for a build that fails");
        assertTrue(Files.readString(json).contains("\"uncovered\""), "the coverage is written even so");
    }

    @Test
    void coverageAtTheMinimumPassesAndIsWrittenAsJson() throws IOException {
        Path record = OUT.resolve("at/SCENARIOS-PASSED");
        Path json = OUT.resolve("at/rule-coverage.json");
        BuildScenarioCheck.check(FixedRules.DIR, record, json, 50);
        assertTrue(Files.exists(record));
        String written = Files.readString(json);
        assertTrue(written.contains("\"fba-onsite\"") && written.contains("\"byRule\"")
                && written.contains("\"meetsMinimum\" : true"), written);
        RuleCoverage packaged = new ObjectMapper().readValue(
                record.resolveSibling(ScenariosCheckedAtBuild.COVERAGE).toFile(), RuleCoverage.class);
        assertEquals(26, packaged.programs().get("fba-onsite").fired(), "the packaged copy answers the coverage the build found");
        assertTrue(packaged.meetsMinimum());
    }
}
