package com.marketplace.sellerperformance.serviceproviders.facts;

import java.time.LocalDate;

/** A reviewer's action on a service provider's account; the rules apply them in sequence order. */
public class AccountAction {
    private final long sequence;
    private final String action;
    private final LocalDate on;
    private final LocalDate reinstatesOn;
    private final boolean improvementPlanRequired;
    private boolean applied;

    public AccountAction(long sequence, String action, LocalDate on, LocalDate reinstatesOn,
                         boolean improvementPlanRequired) {
        this.sequence = sequence;
        this.action = action;
        this.on = on;
        this.reinstatesOn = reinstatesOn;
        this.improvementPlanRequired = improvementPlanRequired;
    }

    public long getSequence() { return sequence; }
    public String getAction() { return action; }
    public LocalDate getOn() { return on; }
    public LocalDate getReinstatesOn() { return reinstatesOn; }
    public boolean isImprovementPlanRequired() { return improvementPlanRequired; }
    public boolean isApplied() { return applied; }
    public void setApplied(boolean applied) { this.applied = applied; }
}
