package com.marketplace.sellerperformance.fbaonsite.facts;

/** A daily limit the seller exceeded. */
public class ExceededLimit {
    private final String criterion;
    private final int position;

    public ExceededLimit(String criterion, int position) {
        this.criterion = criterion;
        this.position = position;
    }

    public String getCriterion() { return criterion; }
    public int getPosition() { return position; }
}
