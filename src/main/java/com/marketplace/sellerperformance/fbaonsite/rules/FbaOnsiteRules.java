package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.engine.Evaluation;
import com.marketplace.sellerperformance.engine.RuleEvaluator;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.facts.AppealedCounts;
import com.marketplace.sellerperformance.fbaonsite.facts.AppealedFamilyReturns;
import com.marketplace.sellerperformance.fbaonsite.facts.AppealedMisses;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentDay;
import com.marketplace.sellerperformance.fbaonsite.facts.CorrectedCount;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckFacts;
import com.marketplace.sellerperformance.fbaonsite.facts.ExceededLimit;
import com.marketplace.sellerperformance.fbaonsite.facts.ImmediateDeactivation;
import com.marketplace.sellerperformance.fbaonsite.facts.QuarterlyReturnTarget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Asks the FBA Onsite rules what a submission measures (its assessment day and metric results),
 * how an appeal corrects its counts, and what a day's checks decide, and reads their answers back.
 * What the rules refuse in a submission is asked by {@link SubmissionRefusals}, its strikes by the
 * {@link LadderClimb}.
 */
@ApplicationScoped
public class FbaOnsiteRules {
    public static final String PROGRAM = "fba-onsite";
    /** The phases of the FBA Onsite rules, one folder each under rules/fba-onsite/. */
    static final String MEASURE = "measure";
    static final String LADDER = "ladder";
    static final String STANDING = "standing";
    static final String APPEAL = "appeal";
    static final String DAILY_CHECK = "daily-check";

    private final RuleEvaluator evaluator;

    public FbaOnsiteRules(RuleEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The assessment day and metric results of a submission; its strikes are the ladder's ({@link LadderClimb}). */
    public FbaDecision measure(RuleSet ruleSet, FbaSubmission submission, List<QuarterlyReturnTarget> returnTargets) {
        return measure(ruleSet, SubmissionFacts.of(submission), returnTargets);
    }

    /** The same, for a submission already made into facts when it was checked. */
    public FbaDecision measure(RuleSet ruleSet, SubmissionFacts submission, List<QuarterlyReturnTarget> returnTargets) {
        List<Object> facts = new ArrayList<>(submission.facts());
        facts.addAll(returnTargets);
        Evaluation evaluation = evaluator.evaluate(ruleSet, PROGRAM, MEASURE, facts);
        SubmissionRefusals.rejectIfRefused(evaluation);
        return decisionOf(ruleSet, evaluation);
    }

    private static FbaDecision decisionOf(RuleSet ruleSet, Evaluation evaluation) {
        List<AssessmentDay> days = evaluation.all(AssessmentDay.class);
        if (days.size() != 1) {
            throw new IllegalStateException("The rules " + ruleSet.version() + " decided " + days.size()
                    + " assessment days instead of one");
        }
        List<MetricResult> metrics = evaluation.all(MetricResult.class).stream()
                .sorted(Comparator.comparingInt(MetricResult::getPosition))
                .toList();
        if (metrics.stream().map(MetricResult::getMetric).distinct().count() != metrics.size()) {
            throw new IllegalStateException("The rules " + ruleSet.version() + " gave one metric several statuses: "
                    + metrics.stream().map(m -> m.getMetric() + "=" + m.getStatus()).toList());
        }
        return new FbaDecision(days.get(0).getDate(), metrics, evaluation.firedRules(), evaluation.ruleSetVersion());
    }

    /**
     * The facts of an assessment with the misses a reviewer accepted taken off the appealed
     * metric's counts, as the appeal rules correct them; a metric that may not be appealed is bad input.
     */
    public FbaSubmission correct(RuleSet ruleSet, FbaSubmission facts, String metric, long misses) {
        List<Object> appeal = new ArrayList<>();
        appeal.add(new AppealedMisses(metric, misses));
        appeal.add(new AppealedCounts(facts.unitsLateProcessed(), facts.unitsCancelled(), facts.unitsLateHandover()));
        facts.returnsOrEmpty().forEach(line -> appeal.add(new AppealedFamilyReturns(line.family(), line.returned())));
        Evaluation evaluation = evaluator.evaluate(ruleSet, PROGRAM, APPEAL, appeal);
        SubmissionRefusals.rejectIfRefused(evaluation);
        List<CorrectedCount> corrected = evaluation.all(CorrectedCount.class);
        List<FbaSubmission.FamilyReturnsLine> returns = facts.returnsOrEmpty().stream()
                .map(line -> new FbaSubmission.FamilyReturnsLine(line.family(), line.shipped(),
                        corrected(corrected, "returns", line.family(), line.returned())))
                .toList();
        return new FbaSubmission(facts.sellerId(), facts.periodStart(), facts.periodEnd(), facts.assessedOn(),
                facts.unitsShipped(), corrected(corrected, "unitsLateProcessed", null, facts.unitsLateProcessed()),
                corrected(corrected, "unitsCancelled", null, facts.unitsCancelled()),
                corrected(corrected, "unitsLateHandover", null, facts.unitsLateHandover()), returns);
    }

    private static long corrected(List<CorrectedCount> corrected, String count, String family, long asAssessed) {
        return corrected.stream()
                .filter(c -> c.getCount().equals(count) && Objects.equals(c.getFamily(), family))
                .mapToLong(CorrectedCount::getUnits)
                .findFirst()
                .orElse(asAssessed);
    }

    /** What the daily limits decided for one day. */
    public record DailyCheckDecision(boolean deactivated, List<String> exceeded, List<String> firedRules,
                                     String ruleSetVersion) {
    }

    public DailyCheckDecision checkDay(RuleSet ruleSet, DailyCheckFacts day) {
        Evaluation evaluation = evaluator.evaluate(ruleSet, PROGRAM, DAILY_CHECK, List.of(day));
        List<String> exceeded = evaluation.all(ExceededLimit.class).stream()
                .sorted(Comparator.comparingInt(ExceededLimit::getPosition))
                .map(ExceededLimit::getCriterion)
                .toList();
        return new DailyCheckDecision(!evaluation.all(ImmediateDeactivation.class).isEmpty(), exceeded,
                evaluation.firedRules(), evaluation.ruleSetVersion());
    }
}
