package com.marketplace.sellerperformance.fbaonsite.notices;

import com.marketplace.sellerperformance.facts.MetricStatus;
import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentView;
import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeStatus;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import com.marketplace.sellerperformance.fbaonsite.standing.StrikeView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a seller is told of one assessment revision: each metric against its goal, the strikes it
 * issued with the last day each counts, the standing on the assessment day, what the seller must do,
 * and how to appeal. The texts (subject, the appeal's reason and instructions) are in the seller's
 * language, from the program's message bundle.
 */
public record PerformanceSummary(UUID assessmentId, int revision, String sellerId, LocalDate assessedOn,
                                 LocalDate periodStart, LocalDate periodEnd, String locale, String subject,
                                 List<MetricLine> metrics, List<StrikeLine> strikes, StandingView standing,
                                 List<Action> actionsRequired, Appeal appeal) {

    /** The subject an appeal must carry, in the program's own terms, whatever the seller's language. */
    private static final DateTimeFormatter APPEAL_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One metric: its rate, goal and allowance (the misses exempt), and whether it was met; misses of units. */
    public record MetricLine(String metric, BigDecimal rate, BigDecimal goal, Long allowance, MetricStatus status,
                             long misses, long units) {
    }

    /** A strike the revision issued; countsUntil is the last day it counts (the day before it expires). */
    public record StrikeLine(int number, String metric, Penalty penalty, LocalDate issuedOn, LocalDate countsUntil,
                             Integer minimumDeactivationDays) {
    }

    /** How to appeal: the subject to write, and in the seller's language why and how. */
    public record Appeal(String subject, String reason, String instructions) {
    }

    /** What the seller must do after this assessment. */
    public enum Action {
        /** A missed metric: the seller should improve it before the next assessment. */
        IMPROVE_METRICS,
        /** Deactivated for strikes: a plan of action is needed for reactivation. */
        PLAN_OF_ACTION,
        /** A plan of action was sent and waits for its review. */
        AWAIT_PLAN_REVIEW
    }

    /** The summary of a revision, its texts not yet written. */
    static PerformanceSummary of(AssessmentView view, String locale) {
        List<MetricLine> metrics = view.metrics().stream()
                .map(m -> new MetricLine(m.metric(), m.rate(), m.goal(), m.allowance(), m.status(), m.numerator(),
                        m.denominator()))
                .toList();
        List<StrikeLine> strikes = view.strikes().stream()
                .filter(s -> standsAfter(s, view.revision()))
                .map(s -> new StrikeLine(s.number(), s.metric(), s.penalty(), s.issuedOn(), s.expiresOn().minusDays(1),
                        s.minimumDeactivationDays()))
                .toList();
        return of(view.assessmentId(), view.revision(), view.sellerId(), view.assessedOn(), view.periodStart(),
                view.periodEnd(), locale, metrics, strikes, view.standing());
    }

    /** A summary of a week decided (stored or, for the templates' check, a scenario's), its texts not yet written. */
    public static PerformanceSummary of(UUID assessmentId, int revision, String sellerId, LocalDate assessedOn,
                                        LocalDate periodStart, LocalDate periodEnd, String locale,
                                        List<MetricLine> metrics, List<StrikeLine> strikes, StandingView standing) {
        return new PerformanceSummary(assessmentId, revision, sellerId, assessedOn, periodStart, periodEnd, locale,
                null, metrics, strikes, standing, actions(metrics, standing),
                new Appeal("Performance Review " + assessedOn.format(APPEAL_DAY), null, null));
    }

    /** The same summary with its texts in the seller's language. */
    PerformanceSummary written(String subject, String reason, String instructions) {
        return new PerformanceSummary(assessmentId, revision, sellerId, assessedOn, periodStart, periodEnd, locale,
                subject, metrics, strikes, standing, actionsRequired,
                new Appeal(appeal.subject(), reason, instructions));
    }

    private static boolean standsAfter(StrikeView strike, int revision) {
        return strike.status() == StrikeStatus.ACTIVE
                || strike.revokedByRevision() != null && strike.revokedByRevision() > revision;
    }

    private static List<Action> actions(List<MetricLine> metrics, StandingView standing) {
        List<Action> actions = new ArrayList<>();
        if (metrics.stream().anyMatch(m -> m.status() == MetricStatus.MISSED)) {
            actions.add(Action.IMPROVE_METRICS);
        }
        StandingView.DeactivationView deactivation = standing == null ? null : standing.deactivation();
        if (deactivation != null && deactivation.planOfActionRequired()) {
            String plan = deactivation.planOfActionStatus();
            if ("SUBMITTED".equals(plan)) {
                actions.add(Action.AWAIT_PLAN_REVIEW);
            } else if (!"APPROVED".equals(plan)) {
                actions.add(Action.PLAN_OF_ACTION);
            }
        }
        return actions;
    }
}
