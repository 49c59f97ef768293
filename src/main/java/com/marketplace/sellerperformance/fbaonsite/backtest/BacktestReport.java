package com.marketplace.sellerperformance.fbaonsite.backtest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a draft rule set would change over a date range: per seller, per assessment, the metric
 * statuses and strikes now on record against those the draft gives, and totals. One page of sellers.
 */
public record BacktestReport(String draftVersion, String activeVersion, String program, LocalDate from, LocalDate to,
                             int page, int size, long sellersInRange, int sellersRead, int assessmentsRead,
                             Totals totals, List<SellerChanges> changes) {

    public record Totals(int sellersChanged, int assessmentsChanged, int metricStatusChanges, int strikesAdded,
                         int strikesRemoved, int penaltiesChanged) {
    }

    public record SellerChanges(String sellerId, List<AssessmentChanges> assessments) {
    }

    public record AssessmentChanges(UUID assessmentId, LocalDate periodStart, LocalDate periodEnd,
                                    List<MetricChange> metrics, List<StrikeOutcome> strikesNow,
                                    List<StrikeOutcome> strikesWithDraft) {
    }

    public record MetricChange(String metric, String now, String withDraft) {
    }

    public record StrikeOutcome(int number, String metric, String penalty) {
    }
}
