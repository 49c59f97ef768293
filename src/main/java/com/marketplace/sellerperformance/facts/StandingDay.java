package com.marketplace.sellerperformance.facts;

import java.time.LocalDate;

/** The day a standing is asked for; only what is dated on or before it counts. */
public class StandingDay {
    private final LocalDate date;

    public StandingDay(LocalDate date) {
        this.date = date;
    }

    public LocalDate getDate() { return date; }
}
