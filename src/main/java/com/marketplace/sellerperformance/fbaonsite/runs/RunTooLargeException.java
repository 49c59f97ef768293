package com.marketplace.sellerperformance.fbaonsite.runs;

/** A run over one of its {@link RunCaps}: refused as a whole, nothing of it kept. */
public final class RunTooLargeException extends RuntimeException {
    private final String cap;
    private final long limit;

    public RunTooLargeException(String cap, long limit, String what) {
        super("The run has " + what + "; " + cap + " allows at most " + limit + ".");
        this.cap = cap;
        this.limit = limit;
    }

    /** The setting that was exceeded, e.g. {@code runs.max-lines}. */
    public String cap() {
        return cap;
    }

    public long limit() {
        return limit;
    }
}
