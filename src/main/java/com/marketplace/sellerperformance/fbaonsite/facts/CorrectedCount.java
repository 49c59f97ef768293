package com.marketplace.sellerperformance.fbaonsite.facts;

/**
 * A count of the assessment as an appeal corrects it: count names the submission's field
 * (unitsLateProcessed, unitsCancelled, unitsLateHandover), or "returns" with the family.
 */
public class CorrectedCount {
    private final String count;
    private final String family;
    private final long units;

    public CorrectedCount(String count, long units) {
        this(count, null, units);
    }

    public CorrectedCount(String count, String family, long units) {
        this.count = count;
        this.family = family;
        this.units = units;
    }

    public String getCount() { return count; }
    public String getFamily() { return family; }
    public long getUnits() { return units; }
}
