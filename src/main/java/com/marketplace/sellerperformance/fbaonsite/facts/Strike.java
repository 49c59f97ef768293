package com.marketplace.sellerperformance.fbaonsite.facts;

import java.time.LocalDate;

/** A strike the ladder issues for one assessment; the rules number it and give it its penalty. */
public class Strike {
    private final String metric;
    private final int position;
    private final LocalDate issuedOn;
    private final LocalDate expiresOn;
    private int number;
    private Penalty penalty;
    private Integer minimumDeactivationDays;
    private boolean planOfActionRequired;

    public Strike(String metric, int position, LocalDate issuedOn, LocalDate expiresOn) {
        this.metric = metric;
        this.position = position;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
    }

    public String getMetric() { return metric; }
    public int getPosition() { return position; }
    public LocalDate getIssuedOn() { return issuedOn; }
    /** The first day the strike no longer counts. */
    public LocalDate getExpiresOn() { return expiresOn; }
    /** 0 until the rules number it. */
    public int getNumber() { return number; }
    public void setNumber(int number) { this.number = number; }
    public Penalty getPenalty() { return penalty; }
    public void setPenalty(Penalty penalty) { this.penalty = penalty; }
    public Integer getMinimumDeactivationDays() { return minimumDeactivationDays; }
    public void setMinimumDeactivationDays(Integer days) { this.minimumDeactivationDays = days; }
    public boolean isPlanOfActionRequired() { return planOfActionRequired; }
    public void setPlanOfActionRequired(boolean required) { this.planOfActionRequired = required; }
}
