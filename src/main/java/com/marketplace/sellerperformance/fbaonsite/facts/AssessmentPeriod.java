package com.marketplace.sellerperformance.fbaonsite.facts;

import java.time.LocalDate;

/** The period of the assessment a ladder step is deciding. */
public class AssessmentPeriod {
    private final LocalDate start;
    private final LocalDate end;

    public AssessmentPeriod(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
}
