package com.marketplace.sellerperformance.fbaonsite.assessment;

import java.time.LocalDate;
import java.util.List;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.facts.Strike;

/** What the FBA Onsite rules decided for one submission. */
public record FbaDecision(LocalDate assessedOn, List<MetricResult> metrics, List<Strike> strikes,
                          List<String> firedRules, String ruleSetVersion) {
}
