package com.marketplace.sellerperformance.fbaonsite.facts;

/**
 * A finding of the standing rules about the seller on the standing day: PRIME_ELIGIBLE,
 * PRIME_BADGE_HELD, or PENALTY_IN_FORCE with the most severe penalty.
 */
public class StandingFinding {
    public static final String PRIME_ELIGIBLE = "PRIME_ELIGIBLE";
    public static final String PRIME_BADGE_REMOVED = "PRIME_BADGE_REMOVED";
    public static final String PRIME_BADGE_HELD = "PRIME_BADGE_HELD";
    public static final String PENALTY_IN_FORCE = "PENALTY_IN_FORCE";

    private final String finding;
    private final Penalty penalty;

    public StandingFinding(String finding, Penalty penalty) {
        this.finding = finding;
        this.penalty = penalty;
    }

    public StandingFinding(String finding) {
        this(finding, null);
    }

    public String getFinding() { return finding; }
    public Penalty getPenalty() { return penalty; }
}
