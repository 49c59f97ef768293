package com.marketplace.sellerperformance.fbaonsite.facts;

import java.time.LocalDate;

/** A plan of action the seller submitted; decidedOn is null until a reviewer decides. */
public class PlanOfActionOnRecord {
    private final String planId;
    private final long sequence;
    private final LocalDate submittedOn;
    private final LocalDate decidedOn;
    private final boolean approved;

    public PlanOfActionOnRecord(String planId, long sequence, LocalDate submittedOn, LocalDate decidedOn,
                                boolean approved) {
        this.planId = planId;
        this.sequence = sequence;
        this.submittedOn = submittedOn;
        this.decidedOn = decidedOn;
        this.approved = approved;
    }

    public String getPlanId() { return planId; }
    /** Order of submission, for plans submitted on the same day. */
    public long getSequence() { return sequence; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public boolean isApproved() { return approved; }

    /** Whether a decision was made on or before the given day. */
    public boolean isDecidedBy(LocalDate day) {
        return decidedOn != null && !decidedOn.isAfter(day);
    }
}
