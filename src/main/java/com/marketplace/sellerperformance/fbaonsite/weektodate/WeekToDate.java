package com.marketplace.sellerperformance.fbaonsite.weektodate;

import com.marketplace.sellerperformance.fbaonsite.assessment.WeekDecision;
import com.marketplace.sellerperformance.fbaonsite.assessment.WeekMeasurement;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.rules.Headroom;
import com.marketplace.sellerperformance.records.MetricColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The week so far: the counts of a week still running decided as a dry run decides them (the same
 * check, measurement and ladder step over the seller's past on record, nothing written), with
 * each metric's headroom asked of the same rules ({@link Headroom}).
 */
@ApplicationScoped
public class WeekToDate {
    private final WeekDecision decision;
    private final Headroom headroom;

    public WeekToDate(WeekDecision decision, Headroom headroom) {
        this.decision = decision;
        this.headroom = headroom;
    }

    public WeekToDateView soFar(FbaSubmission submission) {
        WeekDecision.Previewed previewed = decision.previewed(submission);
        WeekMeasurement.Measured measured = previewed.measured();
        Map<String, Long> room = headroom.of(measured.ruleSet(), previewed.facts(), previewed.returnTargets());
        List<WeekToDateView.MetricSoFar> metrics = measured.assessment().metrics.stream()
                .sorted(Comparator.comparingInt(m -> m.position))
                .map(m -> new WeekToDateView.MetricSoFar(m.metric, MetricColumns.shown(m.rate),
                        MetricColumns.shown(m.goal), m.allowance, m.status, room.get(m.metric)))
                .toList();
        List<WeekToDateView.StrikeIfEndedNow> strikes = measured.struck().strikes().stream()
                .map(s -> new WeekToDateView.StrikeIfEndedNow(s.getMetric(), s.getNumber(), s.getPenalty()))
                .toList();
        return new WeekToDateView(metrics, strikes);
    }
}
