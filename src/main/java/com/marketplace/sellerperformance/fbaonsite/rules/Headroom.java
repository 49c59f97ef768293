package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.engine.Evaluation;
import com.marketplace.sellerperformance.engine.RuleEvaluator;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.facts.MetricStatus;
import com.marketplace.sellerperformance.fbaonsite.facts.InputRejection;
import com.marketplace.sellerperformance.fbaonsite.facts.QuarterlyReturnTarget;
import com.marketplace.sellerperformance.problems.Bounds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many more units of its kind each metric of a week still running can take before the rules
 * call it {@code MISSED}, at the units shipped so far.
 *
 * <p>Every answer is the measurement and status rules' own: the week's facts are measured again
 * with more units of one kind (a probe), and the largest number of extra units whose probe is not
 * missed, with the next one missed, is the headroom. The probes gallop up (1, 3, 7, 15, … extra
 * units) until one is missed, then halve the gap between the last probe not missed and the first
 * missed, so a headroom of h takes about 2·log2(h) probes. Working the headroom out in Java or in a
 * second rule from the goal and allowance would repeat what {@code statuses.drl} decides (the
 * comparison at the goal, the exemption scaled to the period and rounded down, the weighted returns
 * target, a quarterly target) and could drift from it when an analyst edits one and not the other;
 * asking the rules cannot, and gives an exact boundary by construction: a probe at h not missed,
 * one at h + 1 missed. It relies on more units never mending a missed metric, which any goal of the
 * kind "at most" holds.
 *
 * <p>Which count a metric counts is the rules' to say too (measurements.drl): a metric's kind is
 * the count whose one more unit moves its numerator by one. Extra returns go to the family with the
 * most units shipped (the first such family in the request); the store target weighs families by
 * units shipped, not returned, so the family mix given decides the target and the returned units
 * add up whatever their family.
 */
@ApplicationScoped
public class Headroom {
    private final RuleEvaluator evaluator;

    public Headroom(RuleEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Each metric's headroom in units, by metric: 0 when already missed, no entry when the metric
     * is {@code NOT_APPLICABLE} or no count moves it.
     */
    public Map<String, Long> of(RuleSet ruleSet, SubmissionFacts facts, List<QuarterlyReturnTarget> returnTargets) {
        Probes probes = new Probes(ruleSet, facts.submission(), returnTargets);
        Map<String, MetricResult> asGiven = probes.measured(facts.submission());
        Map<String, Count> kinds = kindsOf(probes, asGiven);
        Map<String, Long> headroom = new LinkedHashMap<>();
        asGiven.values().stream().sorted(Comparator.comparingInt(MetricResult::getPosition)).forEach(result -> {
            String metric = result.getMetric();
            if (result.getStatus() == MetricStatus.NOT_APPLICABLE || !kinds.containsKey(metric)) {
                return;
            }
            headroom.put(metric, result.getStatus() == MetricStatus.MISSED ? 0L
                    : probes.largestNotMissed(metric, kinds.get(metric)));
        });
        return headroom;
    }

    /** Each metric's kind of unit: the count whose one more unit adds one to its numerator. */
    private static Map<String, Count> kindsOf(Probes probes, Map<String, MetricResult> asGiven) {
        Map<String, Count> kinds = new HashMap<>();
        for (Count count : Count.values()) {
            Optional<FbaSubmission> oneMore = probes.withMore(count, 1);
            if (oneMore.isEmpty()) {
                continue;
            }
            probes.measured(oneMore.get()).forEach((metric, probed) -> {
                MetricResult given = asGiven.get(metric);
                if (given != null && probed.getMeasurement().getNumerator()
                        == given.getMeasurement().getNumerator() + 1) {
                    kinds.putIfAbsent(metric, count);
                }
            });
        }
        return kinds;
    }

    /** The counts of a submission that a week still running may add units to. */
    enum Count {
        LATE_PROCESSED, CANCELLED, LATE_HANDOVER, RETURNED
    }

    /** One week's facts, measured again by the rules with more units of one count. */
    private final class Probes {
        private final RuleSet ruleSet;
        private final FbaSubmission given;
        private final List<QuarterlyReturnTarget> returnTargets;

        Probes(RuleSet ruleSet, FbaSubmission given, List<QuarterlyReturnTarget> returnTargets) {
            this.ruleSet = ruleSet;
            this.given = given;
            this.returnTargets = returnTargets;
        }

        /** The largest number of extra units of the count with the metric not missed. */
        long largestNotMissed(String metric, Count count) {
            long room = roomFor(count);
            long notMissed = 0;
            long missed = -1;
            for (long step = 1; missed < 0; step = Math.min(step * 2, Bounds.MAX_UNITS)) {
                long probe = Math.min(room, notMissed + step);
                if (probe == notMissed) {
                    return notMissed;
                }
                if (missedWith(metric, count, probe)) {
                    missed = probe;
                } else {
                    notMissed = probe;
                }
            }
            while (missed - notMissed > 1) {
                long probe = notMissed + (missed - notMissed) / 2;
                if (missedWith(metric, count, probe)) {
                    missed = probe;
                } else {
                    notMissed = probe;
                }
            }
            return notMissed;
        }

        /** A probe the rules refuse is a week that cannot take those units. */
        private boolean missedWith(String metric, Count count, long extra) {
            Evaluation evaluation = evaluate(withMore(count, extra).orElseThrow());
            if (!evaluation.all(InputRejection.class).isEmpty()) {
                return true;
            }
            return evaluation.all(MetricResult.class).stream()
                    .filter(result -> result.getMetric().equals(metric))
                    .anyMatch(result -> result.getStatus() == MetricStatus.MISSED);
        }

        Map<String, MetricResult> measured(FbaSubmission submission) {
            Map<String, MetricResult> byMetric = new HashMap<>();
            evaluate(submission).all(MetricResult.class).forEach(result -> byMetric.put(result.getMetric(), result));
            return byMetric;
        }

        private Evaluation evaluate(FbaSubmission submission) {
            List<Object> facts = new ArrayList<>(SubmissionFacts.of(submission).facts());
            facts.addAll(returnTargets);
            return evaluator.evaluate(ruleSet, FbaOnsiteRules.PROGRAM, FbaOnsiteRules.MEASURE, facts);
        }

        /** How many units the count may still take: a submitted count is at most {@link Bounds#MAX_UNITS}. */
        private long roomFor(Count count) {
            return switch (count) {
                case LATE_PROCESSED -> Bounds.MAX_UNITS - given.unitsLateProcessed();
                case CANCELLED -> Bounds.MAX_UNITS - given.unitsCancelled();
                case LATE_HANDOVER -> Bounds.MAX_UNITS - given.unitsLateHandover();
                case RETURNED -> busiestFamily().map(i -> Bounds.MAX_UNITS - given.returnsOrEmpty().get(i).returned())
                        .orElse(0L);
            };
        }

        /** The submission with more units of the count; none for returns when no family is given. */
        Optional<FbaSubmission> withMore(Count count, long extra) {
            FbaSubmission s = given;
            return switch (count) {
                case LATE_PROCESSED -> Optional.of(new FbaSubmission(s.sellerId(), s.periodStart(), s.periodEnd(),
                        s.assessedOn(), s.unitsShipped(), s.unitsLateProcessed() + extra, s.unitsCancelled(),
                        s.unitsLateHandover(), s.returnsOrEmpty()));
                case CANCELLED -> Optional.of(new FbaSubmission(s.sellerId(), s.periodStart(), s.periodEnd(),
                        s.assessedOn(), s.unitsShipped(), s.unitsLateProcessed(), s.unitsCancelled() + extra,
                        s.unitsLateHandover(), s.returnsOrEmpty()));
                case LATE_HANDOVER -> Optional.of(new FbaSubmission(s.sellerId(), s.periodStart(), s.periodEnd(),
                        s.assessedOn(), s.unitsShipped(), s.unitsLateProcessed(), s.unitsCancelled(),
                        s.unitsLateHandover() + extra, s.returnsOrEmpty()));
                case RETURNED -> busiestFamily().map(busiest -> {
                    List<FbaSubmission.FamilyReturnsLine> returns = new ArrayList<>(s.returnsOrEmpty());
                    FbaSubmission.FamilyReturnsLine line = returns.get(busiest);
                    returns.set(busiest, new FbaSubmission.FamilyReturnsLine(line.family(), line.shipped(),
                            line.returned() + extra));
                    return new FbaSubmission(s.sellerId(), s.periodStart(), s.periodEnd(), s.assessedOn(),
                            s.unitsShipped(), s.unitsLateProcessed(), s.unitsCancelled(), s.unitsLateHandover(),
                            List.copyOf(returns));
                });
            };
        }

        private Optional<Integer> busiestFamily() {
            List<FbaSubmission.FamilyReturnsLine> returns = given.returnsOrEmpty();
            Integer busiest = null;
            for (int i = 0; i < returns.size(); i++) {
                if (busiest == null || returns.get(i).shipped() > returns.get(busiest).shipped()) {
                    busiest = i;
                }
            }
            return Optional.ofNullable(busiest);
        }
    }
}
