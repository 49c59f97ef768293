package com.marketplace.sellerperformance.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * A metric measured over a period, before the rules give it a status.
 *
 * <p>{@code permitted} is the goal multiplied by the denominator, kept exact, so that the rules can
 * decide {@code numerator / denominator <= goal} as {@code numerator <= permitted} without division.
 */
public class Measurement {
    /** Decimal places of a rate or goal as shown in responses; decisions never use the rounded value. */
    static final int SHOWN_SCALE = 6;

    private final String metric;
    private final int position;
    private final Comparison comparison;
    private final long numerator;
    private final long denominator;
    private final BigDecimal goal;
    private final BigDecimal permitted;
    private final Long allowance;

    private Measurement(String metric, int position, Comparison comparison, long numerator, long denominator,
                        BigDecimal goal, BigDecimal permitted, Long allowance) {
        this.metric = metric;
        this.position = position;
        this.comparison = comparison;
        this.numerator = numerator;
        this.denominator = denominator;
        this.goal = goal;
        this.permitted = permitted;
        this.allowance = allowance;
    }

    /** A rate held against the goal's own fraction; allowance null where nothing is exempt. */
    public static Measurement of(MetricGoal goal, long numerator, long denominator, Long allowance) {
        return new Measurement(goal.getMetric(), goal.getPosition(), goal.getComparison(), numerator, denominator,
                goal.getGoal(), goal.getGoal().multiply(BigDecimal.valueOf(denominator)), allowance);
    }

    /** A rate held against a target set for this seller instead of the goal's own. */
    public static Measurement ofTarget(MetricGoal goal, BigDecimal target, long numerator, long denominator) {
        return new Measurement(goal.getMetric(), goal.getPosition(), goal.getComparison(), numerator, denominator,
                target, target.multiply(BigDecimal.valueOf(denominator)), null);
    }

    /** A measurement as it was recorded, for rules that look back at an assessment already decided. */
    public static Measurement recorded(String metric, int position, Comparison comparison, long numerator,
                                       long denominator, BigDecimal goal, Long allowance) {
        BigDecimal permitted = goal == null ? BigDecimal.ZERO : goal.multiply(BigDecimal.valueOf(denominator));
        return new Measurement(metric, position, comparison, numerator, denominator, goal, permitted, allowance);
    }

    /** A weighted rate over several parts: their numerators, denominators and permitted amounts add up. */
    public static Measurement ofParts(MetricGoal goal, Collection<PartMeasurement> parts) {
        long numerator = 0;
        long denominator = 0;
        BigDecimal permitted = BigDecimal.ZERO;
        for (PartMeasurement part : parts) {
            numerator = Math.addExact(numerator, part.getNumerator());
            denominator = Math.addExact(denominator, part.getDenominator());
            permitted = permitted.add(part.getPermitted());
        }
        BigDecimal weightedGoal = denominator == 0 ? null
                : permitted.divide(BigDecimal.valueOf(denominator), SHOWN_SCALE, RoundingMode.HALF_EVEN);
        return new Measurement(goal.getMetric(), goal.getPosition(), goal.getComparison(), numerator, denominator,
                weightedGoal, permitted, null);
    }

    public String getMetric() { return metric; }
    public int getPosition() { return position; }
    public Comparison getComparison() { return comparison; }
    public long getNumerator() { return numerator; }
    public long getDenominator() { return denominator; }
    /** The goal as a fraction, for display; for a weighted rate it is rounded. */
    public BigDecimal getGoal() { return goal; }
    /** Goal × denominator, exact. */
    public BigDecimal getPermitted() { return permitted; }
    public Long getAllowance() { return allowance; }

    /** numerator / denominator for display, or null when there is no denominator. */
    public BigDecimal getRate() {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), SHOWN_SCALE, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }
}
