package com.marketplace.sellerperformance.facts;

import java.math.BigDecimal;

/** One part of a weighted metric, e.g. one product family's returns against that family's goal. */
public class PartMeasurement {
    private final String metric;
    private final String part;
    private final long numerator;
    private final long denominator;
    private final BigDecimal permitted;

    public PartMeasurement(String metric, String part, long numerator, long denominator, BigDecimal goal) {
        this.metric = metric;
        this.part = part;
        this.numerator = numerator;
        this.denominator = denominator;
        this.permitted = goal.multiply(BigDecimal.valueOf(denominator));
    }

    public String getMetric() { return metric; }
    public String getPart() { return part; }
    public long getNumerator() { return numerator; }
    public long getDenominator() { return denominator; }
    public BigDecimal getPermitted() { return permitted; }
}
