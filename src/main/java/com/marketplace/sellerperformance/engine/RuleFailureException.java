package com.marketplace.sellerperformance.engine;

import com.marketplace.sellerperformance.facts.DayOutsideCalendarException;

/** A rule failed while deciding (an exception in its action); nothing it decided is kept. */
public class RuleFailureException extends RuntimeException {
    private final String rule;

    public RuleFailureException(String program, String ruleSetVersion, String rule, Throwable cause) {
        super("Rule '" + rule + "' of program " + program + " (rule set " + ruleSetVersion + ") failed: " + cause, cause);
        this.rule = rule;
    }

    /** What a client may read: which rule failed, not how (except for a day the holiday calendar does not cover). */
    public String publicMessage() {
        for (Throwable cause = getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof DayOutsideCalendarException outside) {
                return "The rule '" + rule + "' failed while deciding: " + outside.getMessage()
                        + ". Nothing was written.";
            }
        }
        return "The rule '" + rule + "' failed while deciding; nothing was written. The failure is logged.";
    }
}
