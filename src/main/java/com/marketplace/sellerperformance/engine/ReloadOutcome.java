package com.marketplace.sellerperformance.engine;

import java.time.Instant;
import java.util.List;

/**
 * The last attempt to load the rules directory: OK (now active) or FAILED (the running set stays),
 * with compile errors, failed scenarios, each problem of its notice templates (file, line, message)
 * and, when every scenario passed, each program whose rule coverage is below the minimum.
 */
public record ReloadOutcome(Instant at, Status status, String version, List<RuleError> errors,
                            List<String> failedScenarios, List<RuleError> templates, List<String> coverageBelowMinimum,
                            long millis, String by) {

    public enum Status { OK, FAILED }

    public boolean ok() {
        return status == Status.OK;
    }
}
