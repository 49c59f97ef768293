package com.marketplace.sellerperformance.fbaonsite.facts;

import java.math.BigDecimal;

/**
 * A daily limit: exceeded when the units are over maxUnits and, where a share is set, also over
 * that share of the affected units.
 */
public class DailyLimit {
    private final String criterion;
    private final int position;
    private final long maxUnits;
    private final BigDecimal maxShareOfAffected;

    public DailyLimit(String criterion, int position, long maxUnits, BigDecimal maxShareOfAffected) {
        this.criterion = criterion;
        this.position = position;
        this.maxUnits = maxUnits;
        this.maxShareOfAffected = maxShareOfAffected;
    }

    public String getCriterion() { return criterion; }
    public int getPosition() { return position; }
    public long getMaxUnits() { return maxUnits; }
    public BigDecimal getMaxShareOfAffected() { return maxShareOfAffected; }
}
