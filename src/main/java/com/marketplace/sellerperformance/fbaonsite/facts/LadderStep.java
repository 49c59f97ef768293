package com.marketplace.sellerperformance.fbaonsite.facts;

/** One row of the penalty ladder: strikes numbered fromStrike..toStrike (null: and beyond) get this penalty. */
public class LadderStep {
    private final int fromStrike;
    private final Integer toStrike;
    private final Penalty penalty;
    private final Integer minimumDeactivationDays;
    private final boolean planOfActionRequired;

    public LadderStep(int fromStrike, Integer toStrike, Penalty penalty, Integer minimumDeactivationDays,
                      boolean planOfActionRequired) {
        this.fromStrike = fromStrike;
        this.toStrike = toStrike;
        this.penalty = penalty;
        this.minimumDeactivationDays = minimumDeactivationDays;
        this.planOfActionRequired = planOfActionRequired;
    }

    public int getFromStrike() { return fromStrike; }
    public Integer getToStrike() { return toStrike; }
    public Penalty getPenalty() { return penalty; }
    public Integer getMinimumDeactivationDays() { return minimumDeactivationDays; }
    public boolean isPlanOfActionRequired() { return planOfActionRequired; }
}
