package com.marketplace.sellerperformance.fbaonsite.facts;

import java.time.LocalDate;

/** One seller's numbers for one day, for the immediate deactivation limits. */
public class DailyCheckFacts {
    private final LocalDate day;
    private final long fastTrackPendingUnits;
    private final long cancelledUnits;
    private final long lateProcessedUnits;
    private final long lateHandoverUnits;
    private final long affectedUnits;

    public DailyCheckFacts(LocalDate day, long fastTrackPendingUnits, long cancelledUnits, long lateProcessedUnits,
                           long lateHandoverUnits, long affectedUnits) {
        this.day = day;
        this.fastTrackPendingUnits = fastTrackPendingUnits;
        this.cancelledUnits = cancelledUnits;
        this.lateProcessedUnits = lateProcessedUnits;
        this.lateHandoverUnits = lateHandoverUnits;
        this.affectedUnits = affectedUnits;
    }

    public LocalDate getDay() { return day; }
    public long getFastTrackPendingUnits() { return fastTrackPendingUnits; }
    public long getCancelledUnits() { return cancelledUnits; }
    public long getLateProcessedUnits() { return lateProcessedUnits; }
    public long getLateHandoverUnits() { return lateHandoverUnits; }
    /** Units that must be processed that day, pending ones from earlier days included. */
    public long getAffectedUnits() { return affectedUnits; }
}
