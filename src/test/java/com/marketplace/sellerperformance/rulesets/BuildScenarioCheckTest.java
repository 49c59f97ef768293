package com.marketplace.sellerperformance.rulesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.engine.RuleCoverage;
import com.marketplace.sellerperformance.engine.ScenariosCheckedAtBuild;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build's scenario check writes the rule coverage and fails the build below the minimum, or when
 * a notice template does not render from what the scenarios decide. The
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
        assertTrue(failure.getMessage().contains("rule coverage of fba-onsite is 50.0 %"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Late processed units over their limit"), failure.getMessage());
        assertTrue(failure.getMessage().contains(" rules.coverage.minimum"), failure.getMessage());
        assertFalse(Files.exists(record), "no record of passed scenarios for a build that fails");
        assertTrue(Files.readString(json).contains("\"uncovered\""), "the coverage is written even so");
    }

    @Test
    void aNoticeTemplateThatDoesNotRenderFailsTheBuildAndTheAnalystsCommandNamingItsFileAndLine() throws IOException {
        Path rules = OUT.resolve("broken-template/rules");
        FixedRules.copyTo(rules);
        Path notice = rules.resolve("fba-onsite/notices/notice.txt");
        Files.writeString(notice, Files.readString(notice).replace("{msg:footer}", "{msg:signature}"));
        Path record = OUT.resolve("broken-template/SCENARIOS-PASSED");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> BuildScenarioCheck.check(rules, record, OUT.resolve("broken-template/rule-coverage.json"), 50));
        assertTrue(failure.getMessage().contains("fba-onsite/notices/notice.txt:"), failure.getMessage());
        assertTrue(failure.getMessage().contains("has no message signature"), failure.getMessage());
        assertFalse(Files.exists(record), "no record of passed scenarios for a build that fails");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertEquals(1, RulesCommand.test(rules, null, 50, new PrintStream(printed, true, StandardCharsets.UTF_8)));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("TEMPLATE fba-onsite/notices/notice.txt:"),
                printed.toString(StandardCharsets.UTF_8));
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
        assertEquals(25, packaged.programs().get("fba-onsite").fired(), "the packaged copy answers the coverage the build found");
        assertTrue(packaged.meetsMinimum());
    }
}
