package com.marketplace.sellerperformance.facts;

/** A year the calendar rules are asked to list the holidays of (one of the years they cover). */
public final class CalendarYear {
    private final int year;

    public CalendarYear(int year) {
        this.year = year;
    }

    public int getYear() { return year; }

    @Override
    public String toString() {
        return "calendar year " + year;
    }
}
