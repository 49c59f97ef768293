package com.marketplace.sellerperformance.fbaonsite.facts;

/** The counts of the assessment an appeal corrects, as they were assessed. */
public class AppealedCounts {
    private final long unitsLateProcessed;
    private final long unitsCancelled;
    private final long unitsLateHandover;

    public AppealedCounts(long unitsLateProcessed, long unitsCancelled, long unitsLateHandover) {
        this.unitsLateProcessed = unitsLateProcessed;
        this.unitsCancelled = unitsCancelled;
        this.unitsLateHandover = unitsLateHandover;
    }

    public long getUnitsLateProcessed() { return unitsLateProcessed; }
    public long getUnitsCancelled() { return unitsCancelled; }
    public long getUnitsLateHandover() { return unitsLateHandover; }
}
