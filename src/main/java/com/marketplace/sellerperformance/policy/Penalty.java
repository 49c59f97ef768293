package com.marketplace.sellerperformance.policy;

/** Penalties of the strike ladder. */
public enum Penalty {
    FORMAL_WARNING,
    PRIME_BADGE_REMOVAL,
    DEACTIVATION
}
