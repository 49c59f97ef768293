package com.marketplace.sellerperformance.fbaonsite.facts;

import java.time.LocalDate;

/** A daily check of the seller and whether it deactivated the seller at once. */
public class DailyCheckOnRecord {
    private final LocalDate day;
    private final boolean deactivated;

    public DailyCheckOnRecord(LocalDate day, boolean deactivated) {
        this.day = day;
        this.deactivated = deactivated;
    }

    public LocalDate getDay() { return day; }
    public boolean isDeactivated() { return deactivated; }
}
