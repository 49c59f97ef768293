package com.marketplace.sellerperformance.facts;

/**
 * Asks a program's calendar rules which years they cover: inserted once, when a rule set is compiled,
 * into a session of its own (never into a deciding session), answered with a {@link CalendarCoverage}.
 */
public final class HolidayCalendarRequest {
    @Override
    public String toString() {
        return "the holiday calendar's request for its coverage";
    }
}
