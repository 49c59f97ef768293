package com.marketplace.sellerperformance.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import com.marketplace.sellerperformance.persistence.MetricColumns;
import com.marketplace.sellerperformance.persistence.ServiceEvaluationEntity;
import com.marketplace.sellerperformance.persistence.ServiceMetricResultEntity;
import com.marketplace.sellerperformance.policy.Comparison;
import com.marketplace.sellerperformance.policy.MetricStatus;

/** A Services evaluation as the API shows it; evaluationId is null for a dry run. */
public record ServiceEvaluationView(UUID evaluationId, String providerId, String program, LocalDate periodStart,
                                    LocalDate periodEnd, String ruleSetVersion, List<MetricView> metrics,
                                    String performanceStatus, List<String> missedMetrics, List<String> firedRules,
                                    String createdBy) {

    public record MetricView(String metric, long numerator, long denominator, BigDecimal rate, BigDecimal goal,
                             Comparison comparison, MetricStatus status) {
        static MetricView of(ServiceMetricResultEntity entity) {
            return new MetricView(entity.metric, entity.numerator, entity.denominator,
                    MetricColumns.shown(entity.rate), MetricColumns.shown(entity.goal), entity.comparison,
                    entity.status);
        }
    }

    static ServiceEvaluationView of(ServiceEvaluationEntity entity, String providerId) {
        return new ServiceEvaluationView(entity.evaluationId, providerId, ServicesPolicy.PROGRAM, entity.periodStart,
                entity.periodEnd, entity.ruleSetVersion, entity.metrics.stream().map(MetricView::of).toList(),
                entity.performanceStatus, List.copyOf(entity.missedMetrics), List.copyOf(entity.firedRules),
                entity.createdBy);
    }
}
