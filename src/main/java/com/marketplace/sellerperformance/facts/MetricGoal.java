package com.marketplace.sellerperformance.facts;

import java.math.BigDecimal;

/**
 * A goal as declared by the rules: the metric, its place in the policy's metric order, the goal as
 * a fraction, and how many units per week are exempt (null where the policy grants no exemption).
 */
public class MetricGoal {
    private final String metric;
    private final int position;
    private final BigDecimal goal;
    private final Comparison comparison;
    private final Integer exemptUnitsPerWeek;

    public MetricGoal(String metric, int position, BigDecimal goal, Comparison comparison, Integer exemptUnitsPerWeek) {
        this.metric = metric;
        this.position = position;
        this.goal = goal;
        this.comparison = comparison;
        this.exemptUnitsPerWeek = exemptUnitsPerWeek;
    }

    public String getMetric() { return metric; }
    public int getPosition() { return position; }
    public BigDecimal getGoal() { return goal; }
    public Comparison getComparison() { return comparison; }
    public Integer getExemptUnitsPerWeek() { return exemptUnitsPerWeek; }
}
