package com.marketplace.sellerperformance.serviceproviders.facts;

import java.time.LocalDate;

/** A service provider's account as the rules build it from the actions on record. */
public class ProviderAccount {
    private String status;
    private LocalDate since;
    private LocalDate fundsWithheldUntil;
    private LocalDate reinstatesOn;
    private boolean improvementPlanRequired;
    private boolean takingImprovementPlans;

    public ProviderAccount(String status) {
        this.status = status;
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getSince() { return since; }
    public void setSince(LocalDate since) { this.since = since; }
    /** The last day funds are (or were) withheld; null when they never were. */
    public LocalDate getFundsWithheldUntil() { return fundsWithheldUntil; }
    public void setFundsWithheldUntil(LocalDate until) { this.fundsWithheldUntil = until; }
    public LocalDate getReinstatesOn() { return reinstatesOn; }
    public void setReinstatesOn(LocalDate reinstatesOn) { this.reinstatesOn = reinstatesOn; }
    public boolean isImprovementPlanRequired() { return improvementPlanRequired; }
    public void setImprovementPlanRequired(boolean required) { this.improvementPlanRequired = required; }
    /** Whether an improvement plan may be submitted on the day, as the rules decide. */
    public boolean isTakingImprovementPlans() { return takingImprovementPlans; }
    public void setTakingImprovementPlans(boolean taking) { this.takingImprovementPlans = taking; }
}
