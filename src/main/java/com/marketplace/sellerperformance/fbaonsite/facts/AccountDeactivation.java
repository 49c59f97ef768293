package com.marketplace.sellerperformance.fbaonsite.facts;

import java.time.LocalDate;

/** The deactivation in force on the standing day. */
public class AccountDeactivation {
    public static final String STRIKE = "STRIKE";
    public static final String IMMEDIATE = "IMMEDIATE";

    private final String reason;
    private final LocalDate since;
    private final LocalDate minimumUntil;
    private final boolean planOfActionRequired;
    private final LocalDate reactivatesOn;
    private String planOfActionStatus;

    public AccountDeactivation(String reason, LocalDate since, LocalDate minimumUntil, boolean planOfActionRequired,
                               LocalDate reactivatesOn) {
        this.reason = reason;
        this.since = since;
        this.minimumUntil = minimumUntil;
        this.planOfActionRequired = planOfActionRequired;
        this.reactivatesOn = reactivatesOn;
    }

    public String getReason() { return reason; }
    public LocalDate getSince() { return since; }
    public LocalDate getMinimumUntil() { return minimumUntil; }
    public boolean isPlanOfActionRequired() { return planOfActionRequired; }
    public LocalDate getReactivatesOn() { return reactivatesOn; }
    /** MISSING, SUBMITTED, APPROVED or REJECTED where a plan is required; null otherwise. */
    public String getPlanOfActionStatus() { return planOfActionStatus; }
    public void setPlanOfActionStatus(String status) { this.planOfActionStatus = status; }
}
