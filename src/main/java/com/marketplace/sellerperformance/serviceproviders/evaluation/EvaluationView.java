package com.marketplace.sellerperformance.serviceproviders.evaluation;

import com.marketplace.sellerperformance.facts.Comparison;
import com.marketplace.sellerperformance.facts.MetricStatus;
import com.marketplace.sellerperformance.records.MetricColumns;
import com.marketplace.sellerperformance.serviceproviders.persistence.EvaluationEntity;
import com.marketplace.sellerperformance.serviceproviders.persistence.EvaluationMetricEntity;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceProviderRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A Services evaluation as the API shows it; evaluationId is null for a dry run. */
public record EvaluationView(UUID evaluationId, String providerId, String program, LocalDate periodStart,
                                    LocalDate periodEnd, String ruleSetVersion, List<MetricView> metrics,
                                    String performanceStatus, List<String> missedMetrics, List<String> firedRules,
                                    String createdBy) {

    public record MetricView(String metric, long numerator, long denominator, BigDecimal rate, BigDecimal goal,
                             Comparison comparison, MetricStatus status) {
        static MetricView of(EvaluationMetricEntity entity) {
            return new MetricView(entity.metric, entity.numerator, entity.denominator,
                    MetricColumns.shown(entity.rate), MetricColumns.shown(entity.goal), entity.comparison,
                    entity.status);
        }
    }

    static EvaluationView of(EvaluationEntity entity, String providerId) {
        return new EvaluationView(entity.evaluationId, providerId, ServiceProviderRules.PROGRAM, entity.periodStart,
                entity.periodEnd, entity.ruleSetVersion, entity.metrics.stream().map(MetricView::of).toList(),
                entity.performanceStatus, List.copyOf(entity.missedMetrics), List.copyOf(entity.firedRules),
                entity.createdBy);
    }
}
