package com.marketplace.sellerperformance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.FixedRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rules directory (the tests' fixed set) compiles into one rule base per program; a broken file is
 * reported with its path and line; versions follow content.
 */
class RuleSetCompilerTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final List<RuleFile> fixed = RuleSetLoader.readFiles(FixedRules.DIR);

    @Test
    void aRulesDirectoryCompilesIntoOneKieBasePerProgram() {
        RuleSet ruleSet = compiler.compile("rules", fixed);
        assertTrue(ruleSet.programs().containsKey("fba-onsite"));
        assertEquals(64, ruleSet.version().length());
    }

    @Test
    void aSyntaxErrorIsReportedWithItsFileAndLine() {
        List<RuleFile> files = replace("fba-onsite/measure/statuses.drl", "then\n    insert(new MetricResult($m, MetricStatus.MET));",
                "then\n    insert(new MetricResult($m, MetricStatus.MET)\n");
        RuleSetCompilationException failure =
                assertThrows(RuleSetCompilationException.class, () -> compiler.compile("draft", files));
        RuleError error = failure.errors().get(0);
        assertEquals("fba-onsite/measure/statuses.drl", error.file());
        assertTrue(error.line() > 0, "line of " + error);
        assertTrue(failure.getMessage().contains("fba-onsite/measure/statuses.drl:" + error.line() + ": "), failure.getMessage());
    }

    @Test
    void anUnknownTypeIsReportedWithItsFile() {
        List<RuleFile> files = replace("fba-onsite/tables/goals.drl", "insert(new FamilyReturnGoal(\"CE\"",
                "insert(new FamilyReturnTarget(\"CE\"");
        RuleSetCompilationException failure =
                assertThrows(RuleSetCompilationException.class, () -> compiler.compile("draft", files));
        assertEquals("fba-onsite/tables/goals.drl", failure.errors().get(0).file());
    }

    @Test
    void theVersionChangesWithAnyFileAndNotWithOrder() {
        String version = compiler.compile("a", fixed).version();
        List<RuleFile> reversed = new ArrayList<>(fixed);
        Collections.reverse(reversed);
        assertEquals(version, compiler.compile("b", reversed).version());
        List<RuleFile> edited = replace("fba-onsite/tables/goals.drl", "\"0.006\"", "\"0.007\"");
        assertNotEquals(version, compiler.compile("c", edited).version());
    }

    private List<RuleFile> replace(String path, String from, String to) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile file : fixed) {
            if (file.path().equals(path)) {
                assertTrue(file.content().contains(from), "the test's anchor is missing from " + path);
                files.add(new RuleFile(path, file.content().replace(from, to)));
            } else {
                files.add(file);
            }
        }
        return files;
    }
}
