package com.marketplace.sellerperformance.fbaonsite.facts;

import java.time.LocalDate;

/** An earlier assessment of the seller: when it was made and whether any metric was missed. */
public class AssessmentOnRecord {
    private final LocalDate assessedOn;
    private final boolean anyMetricMissed;

    public AssessmentOnRecord(LocalDate assessedOn, boolean anyMetricMissed) {
        this.assessedOn = assessedOn;
        this.anyMetricMissed = anyMetricMissed;
    }

    public LocalDate getAssessedOn() { return assessedOn; }
    public boolean isAnyMetricMissed() { return anyMetricMissed; }
}
