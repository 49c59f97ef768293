package com.marketplace.sellerperformance.engine.scenario;

import com.marketplace.sellerperformance.engine.TemplateCheck;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scenario's outcome: passed, or each place where what happened differs from what was expected;
 * the rules its sessions fired, by program (what rule coverage counts); and what its decisions tell
 * (what the notice templates are checked with).
 */
public record ScenarioResult(String file, String name, List<Mismatch> mismatches, Map<String, Set<String>> firedRules,
                             List<TemplateCheck.Told> told) {

    /** At {@code path} the scenario expected {@code expected} and the rules gave {@code actual}. */
    public record Mismatch(String path, String expected, String actual) {
        @Override
        public String toString() {
            return path + ": expected " + expected + ", got " + actual;
        }
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
