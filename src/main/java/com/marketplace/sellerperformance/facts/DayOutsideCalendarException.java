package com.marketplace.sellerperformance.facts;

import java.time.LocalDate;

/** A holiday question about a day in a year the calendar does not cover: unanswerable, never guessed. */
public class DayOutsideCalendarException extends RuntimeException {
    public DayOutsideCalendarException(String calendar, LocalDate day, String coverage) {
        super("Whether " + day + " is a holiday is unknown: the " + calendar + " covers " + coverage + " only");
    }
}
