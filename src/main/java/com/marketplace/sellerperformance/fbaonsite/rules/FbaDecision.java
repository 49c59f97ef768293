package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.facts.MetricResult;
import java.time.LocalDate;
import java.util.List;

/** What the FBA Onsite rules measured for one submission: its assessment day and metric results. */
public record FbaDecision(LocalDate assessedOn, List<MetricResult> metrics, List<String> firedRules,
                          String ruleSetVersion) {
}
