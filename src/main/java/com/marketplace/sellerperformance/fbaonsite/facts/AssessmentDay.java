package com.marketplace.sellerperformance.fbaonsite.facts;

import java.time.LocalDate;

/** The day of an assessment, which is the day of any strike it issues. */
public class AssessmentDay {
    private final LocalDate date;

    public AssessmentDay(LocalDate date) {
        this.date = date;
    }

    public LocalDate getDate() { return date; }
}
