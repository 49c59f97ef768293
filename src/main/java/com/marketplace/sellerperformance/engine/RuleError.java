package com.marketplace.sellerperformance.engine;

/** A compilation error in a rule file; line is 0 when the compiler could not tell. */
public record RuleError(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
