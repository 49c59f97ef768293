package com.marketplace.sellerperformance.engine;

import java.util.List;

/** Whether a draft rule set compiles: its version when it does, every error (file, line, message) when not. */
public record DraftValidation(boolean valid, String version, List<RuleError> errors) {

    public static DraftValidation valid(RuleSet compiled) {
        return new DraftValidation(true, compiled.version(), List.of());
    }

    public static DraftValidation invalid(RuleSetCompilationException failure) {
        return new DraftValidation(false, null, failure.errors());
    }
}
