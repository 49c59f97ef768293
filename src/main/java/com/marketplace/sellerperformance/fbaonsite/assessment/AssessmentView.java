package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketplace.sellerperformance.facts.Comparison;
import com.marketplace.sellerperformance.facts.MetricStatus;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.MetricResultEntity;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import com.marketplace.sellerperformance.fbaonsite.standing.StrikeView;
import com.marketplace.sellerperformance.records.MetricColumns;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An assessment revision as the API shows it, with the strikes it issued (revoked ones included)
 * and the seller's standing on the assessment day. assessmentId and standing are null for a dry run.
 */
public record AssessmentView(
        UUID assessmentId,
        int revision,
        String sellerId,
        String program,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate assessedOn,
        String ruleSetVersion,
        List<MetricView> metrics,
        List<StrikeView> strikes,
        StandingView standing,
        List<String> firedRules,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID appealId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String createdBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer supersededBy) {

    /** The same revision, pointing to the later revision that replaced it. */
    public AssessmentView supersededBy(int revision) {
        return new AssessmentView(assessmentId, this.revision, sellerId, program, periodStart, periodEnd, assessedOn,
                ruleSetVersion, metrics, strikes, standing, firedRules, appealId, createdBy, createdAt, revision);
    }

    /** One metric's result; rate is null when there is no denominator, allowance when nothing is exempt. */
    public record MetricView(String metric, long numerator, long denominator, BigDecimal rate, BigDecimal goal,
                             Comparison comparison, Long allowance, MetricStatus status) {

        static MetricView of(MetricResultEntity entity) {
            return new MetricView(entity.metric, entity.numerator, entity.denominator,
                    MetricColumns.shown(entity.rate), MetricColumns.shown(entity.goal), entity.comparison,
                    entity.allowance, entity.status);
        }
    }

    public static AssessmentView of(AssessmentEntity entity, String sellerId, List<StrikeView> strikes,
                             StandingView standing, boolean stored) {
        return new AssessmentView(entity.assessmentId, entity.revision, sellerId, entity.program, entity.periodStart,
                entity.periodEnd, entity.assessedOn, entity.ruleSetVersion,
                entity.metrics.stream().map(MetricView::of).toList(), strikes, standing,
                List.copyOf(entity.firedRules), entity.appealId, entity.createdBy, stored ? entity.createdAt : null, null);
    }
}
