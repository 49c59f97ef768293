package com.marketplace.sellerperformance.fbaonsite.facts;

/** A strike that counts on the standing day. */
public class StrikeInForce {
    private final StrikeOnRecord strike;

    public StrikeInForce(StrikeOnRecord strike) {
        this.strike = strike;
    }

    public StrikeOnRecord getStrike() { return strike; }
}
