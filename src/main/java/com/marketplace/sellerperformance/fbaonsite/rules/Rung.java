package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentPeriod;
import java.time.LocalDate;
import java.util.List;

/** One measured assessment on the {@link LadderClimb}, and the rule set that decides its strikes. */
public record Rung(AssessmentPeriod period, LocalDate assessedOn, List<MetricResult> metrics, RuleSet ruleSet) {

    public Rung(LocalDate periodStart, LocalDate periodEnd, LocalDate assessedOn, List<MetricResult> metrics,
                RuleSet ruleSet) {
        this(new AssessmentPeriod(periodStart, periodEnd), assessedOn, metrics, ruleSet);
    }
}
