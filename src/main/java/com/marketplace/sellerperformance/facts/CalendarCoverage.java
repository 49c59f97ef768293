package com.marketplace.sellerperformance.facts;

/** The years, both included, for which a program's calendar rules say which days are holidays. */
public final class CalendarCoverage {
    private final int firstYear;
    private final int lastYear;

    public CalendarCoverage(int firstYear, int lastYear) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public int getFirstYear() { return firstYear; }
    public int getLastYear() { return lastYear; }

    @Override
    public String toString() {
        return firstYear + " to " + lastYear;
    }
}
