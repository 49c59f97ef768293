package com.marketplace.sellerperformance.engine.scenario;

import java.util.List;

/** One scenario's outcome: passed, or each place where what happened differs from what was expected. */
public record ScenarioResult(String file, String name, List<Mismatch> mismatches) {

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
