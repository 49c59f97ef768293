package com.marketplace.sellerperformance.engine;

import java.util.List;

/** A rule set refused because its compiled code reaches beyond deciding; none of it was run. */
public class RuleCodeRefusedException extends RuleSetCompilationException {
    private final transient List<RuleCodeRefusal> refusals;

    public RuleCodeRefusedException(String source, List<RuleError> errors, List<RuleCodeRefusal> refusals) {
        super(source, errors);
        this.refusals = List.copyOf(refusals);
    }

    public List<RuleCodeRefusal> refusals() {
        return refusals;
    }
}
