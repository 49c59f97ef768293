package com.marketplace.sellerperformance.serviceproviders.facts;

/** An account action the rules refused: bad input (with the field) or a conflict with the account's status. */
public class RefusedAccountAction {
    private final long sequence;
    private final boolean badInput;
    private final String field;
    private final String reason;

    private RefusedAccountAction(long sequence, boolean badInput, String field, String reason) {
        this.sequence = sequence;
        this.badInput = badInput;
        this.field = field;
        this.reason = reason;
    }

    public static RefusedAccountAction badInput(long sequence, String field, String reason) {
        return new RefusedAccountAction(sequence, true, field, reason);
    }

    public static RefusedAccountAction conflict(long sequence, String reason) {
        return new RefusedAccountAction(sequence, false, null, reason);
    }

    public long getSequence() { return sequence; }
    public boolean isBadInput() { return badInput; }
    public String getField() { return field; }
    public String getReason() { return reason; }
}
