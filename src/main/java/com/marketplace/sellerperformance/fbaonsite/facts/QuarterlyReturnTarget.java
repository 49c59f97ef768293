package com.marketplace.sellerperformance.fbaonsite.facts;

import java.math.BigDecimal;

/** A store returns target communicated to the seller for one quarter ({@code 2026-Q4}). */
public class QuarterlyReturnTarget {
    private final String quarter;
    private final BigDecimal target;

    public QuarterlyReturnTarget(String quarter, BigDecimal target) {
        this.quarter = quarter;
        this.target = target;
    }

    public String getQuarter() { return quarter; }
    public BigDecimal getTarget() { return target; }
}
