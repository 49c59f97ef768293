package com.marketplace.sellerperformance.fbaonsite.facts;

/** Penalties of the strike ladder. */
public enum Penalty {
    FORMAL_WARNING,
    PRIME_BADGE_REMOVAL,
    DEACTIVATION
}
