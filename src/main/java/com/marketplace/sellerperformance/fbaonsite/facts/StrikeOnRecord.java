package com.marketplace.sellerperformance.fbaonsite.facts;

import java.time.LocalDate;

/** A strike already issued to the seller (and not revoked), as history for later decisions. */
public class StrikeOnRecord {
    private final String strikeId;
    private final String metric;
    private final int number;
    private final LocalDate issuedOn;
    private final LocalDate expiresOn;
    private final Penalty penalty;
    private final Integer minimumDeactivationDays;
    private final boolean planOfActionRequired;
    /** Set by the standing rules once the strike's deactivation has been placed in an episode. */
    private boolean placed;

    public StrikeOnRecord(String strikeId, String metric, int number, LocalDate issuedOn, LocalDate expiresOn,
                          Penalty penalty, Integer minimumDeactivationDays, boolean planOfActionRequired) {
        this.strikeId = strikeId;
        this.metric = metric;
        this.number = number;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.penalty = penalty;
        this.minimumDeactivationDays = minimumDeactivationDays;
        this.planOfActionRequired = planOfActionRequired;
    }

    public String getStrikeId() { return strikeId; }
    public String getMetric() { return metric; }
    public int getNumber() { return number; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public Penalty getPenalty() { return penalty; }
    public Integer getMinimumDeactivationDays() { return minimumDeactivationDays; }
    public boolean isPlanOfActionRequired() { return planOfActionRequired; }
    public boolean isPlaced() { return placed; }
    public void setPlaced(boolean placed) { this.placed = placed; }
}
