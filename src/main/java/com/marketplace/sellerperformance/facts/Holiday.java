package com.marketplace.sellerperformance.facts;

import java.time.LocalDate;

/** A day the calendar rules declare a holiday, with its name. */
public final class Holiday {
    private final LocalDate date;
    private final String name;

    public Holiday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    public LocalDate getDate() { return date; }
    public String getName() { return name; }

    @Override
    public String toString() {
        return date + " " + name;
    }
}
