package com.marketplace.sellerperformance.fbaonsite.facts;

import java.time.LocalDate;

/** A day on which a daily check deactivated the seller at once. */
public class ImmediateDeactivation {
    private final LocalDate day;

    public ImmediateDeactivation(LocalDate day) {
        this.day = day;
    }

    public LocalDate getDay() { return day; }
}
