package com.marketplace.sellerperformance.engine;

/**
 * Code in a rule set that reaches beyond deciding: the file and line of the rule, function, query
 * or declared type it is in, that rule's name, and what it reaches.
 */
public record RuleCodeRefusal(String file, int line, String rule, String reference) {

    RuleError asError() {
        return new RuleError(file, line, rule + " uses " + reference + ", which rules may not use: rules can only"
                + " decide (facts, plain values and collections, insert, update and delete)");
    }
}
