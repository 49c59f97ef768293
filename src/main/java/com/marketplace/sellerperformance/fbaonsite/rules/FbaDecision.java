package com.marketplace.sellerperformance.fbaonsite.rules;

import java.time.LocalDate;
import java.util.List;
import com.marketplace.sellerperformance.facts.MetricResult;

/** What the FBA Onsite rules measured for one submission: its assessment day and metric results. */
public record FbaDecision(LocalDate assessedOn, List<MetricResult> metrics, List<String> firedRules,
                          String ruleSetVersion) {
}
