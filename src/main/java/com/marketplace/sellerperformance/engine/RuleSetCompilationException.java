package com.marketplace.sellerperformance.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that does not compile, with every error found. */
public class RuleSetCompilationException extends RuntimeException {
    private final transient List<RuleError> errors;

    public RuleSetCompilationException(String source, List<RuleError> errors) {
        super("Rules in " + source + " do not compile:\n"
                + errors.stream().map(RuleError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
