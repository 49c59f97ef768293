package com.marketplace.sellerperformance.fbaonsite.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/** One seller's FBA Onsite numbers over one assessment period, as submitted. */
public class FbaPeriodFacts {
    private final String sellerId;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final LocalDate assessedOn;
    private final long unitsShipped;
    private final long unitsLateProcessed;
    private final long unitsCancelled;
    private final long unitsLateHandover;
    // Read by many rule conditions per evaluation: worked out once.
    private final long days;
    private final String endQuarter;

    public FbaPeriodFacts(String sellerId, LocalDate periodStart, LocalDate periodEnd, LocalDate assessedOn,
                          long unitsShipped, long unitsLateProcessed, long unitsCancelled, long unitsLateHandover) {
        this.sellerId = sellerId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.assessedOn = assessedOn;
        this.unitsShipped = unitsShipped;
        this.unitsLateProcessed = unitsLateProcessed;
        this.unitsCancelled = unitsCancelled;
        this.unitsLateHandover = unitsLateHandover;
        this.days = ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
        this.endQuarter = Quarter.of(periodEnd);
    }

    public String getSellerId() { return sellerId; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    /** The assessment day as submitted; null when the rules are to choose it. */
    public LocalDate getAssessedOn() { return assessedOn; }
    public long getUnitsShipped() { return unitsShipped; }
    public long getUnitsLateProcessed() { return unitsLateProcessed; }
    public long getUnitsCancelled() { return unitsCancelled; }
    public long getUnitsLateHandover() { return unitsLateHandover; }

    @Override
    public String toString() {
        return "FBA Onsite facts of seller " + sellerId + " for " + periodStart + " to " + periodEnd;
    }

    /** L: the number of days in the period, both ends included. */
    public long getDays() {
        return days;
    }

    /** The calendar quarter containing the period's last day, e.g. {@code 2026-Q4}. */
    public String getEndQuarter() {
        return endQuarter;
    }

    /** Calendar quarters as written in the API ({@code 2026-Q4}). */
    public static final class Quarter {
        private Quarter() { }

        public static String of(LocalDate day) {
            return day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
        }
    }
}
