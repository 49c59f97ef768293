package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.engine.Evaluation;
import com.marketplace.sellerperformance.engine.RuleEvaluator;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.facts.AppealedCounts;
import com.marketplace.sellerperformance.fbaonsite.facts.AppealedFamilyReturns;
import com.marketplace.sellerperformance.fbaonsite.facts.AppealedMisses;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentDay;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentPeriod;
import com.marketplace.sellerperformance.fbaonsite.facts.CorrectedCount;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckFacts;
import com.marketplace.sellerperformance.fbaonsite.facts.ExceededLimit;
import com.marketplace.sellerperformance.fbaonsite.facts.FamilyReturns;
import com.marketplace.sellerperformance.fbaonsite.facts.FbaPeriodFacts;
import com.marketplace.sellerperformance.fbaonsite.facts.ImmediateDeactivation;
import com.marketplace.sellerperformance.fbaonsite.facts.InputRejection;
import com.marketplace.sellerperformance.fbaonsite.facts.QuarterlyReturnTarget;
import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import com.marketplace.sellerperformance.problems.BadInputException;
import com.marketplace.sellerperformance.problems.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Turns a submission and the seller's history into facts, lets the FBA Onsite rules decide metrics
 * and strikes, and reads their decision back.
 */
@ApplicationScoped
public class FbaOnsiteRules {
    public static final String PROGRAM = "fba-onsite";

    private final RuleEvaluator evaluator;

    public FbaOnsiteRules(RuleEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The assessment day and metric results of a submission; its strikes are the ladder's ({@link #strike}). */
    public FbaDecision measure(RuleSet ruleSet, FbaSubmission submission, List<QuarterlyReturnTarget> returnTargets) {
        Evaluation evaluation = measurement(ruleSet, submission, returnTargets);
        rejectIfRefused(evaluation);
        return decisionOf(ruleSet, evaluation);
    }

    /** The faults the rules find in a submission (unknown families, too long a period, …); none when it is fine. */
    public List<FieldError> refusals(RuleSet ruleSet, FbaSubmission submission) {
        return refusalsOf(measurement(ruleSet, submission, List.of()));
    }

    private Evaluation measurement(RuleSet ruleSet, FbaSubmission submission, List<QuarterlyReturnTarget> returnTargets) {
        List<Object> facts = new ArrayList<>();
        facts.add(new AssessmentPeriod(submission.periodStart(), submission.periodEnd()));
        facts.add(new FbaPeriodFacts(submission.sellerId(), submission.periodStart(), submission.periodEnd(),
                submission.assessedOn(), submission.unitsShipped(), submission.unitsLateProcessed(),
                submission.unitsCancelled(), submission.unitsLateHandover()));
        List<FbaSubmission.FamilyReturnsLine> returns = submission.returnsOrEmpty();
        for (int i = 0; i < returns.size(); i++) {
            FbaSubmission.FamilyReturnsLine line = returns.get(i);
            facts.add(new FamilyReturns(i, line.family(), line.shipped(), line.returned()));
        }
        facts.addAll(returnTargets);
        return evaluator.evaluate(ruleSet, PROGRAM, facts);
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
        Evaluation evaluation = evaluator.evaluate(ruleSet, PROGRAM, appeal);
        rejectIfRefused(evaluation);
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

    private static void rejectIfRefused(Evaluation evaluation) {
        List<FieldError> refusals = refusalsOf(evaluation);
        if (!refusals.isEmpty()) {
            throw new BadInputException(refusals);
        }
    }

    private static List<FieldError> refusalsOf(Evaluation evaluation) {
        return evaluation.all(InputRejection.class).stream()
                .map(rejection -> new FieldError(rejection.getField(), rejection.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    /** What the daily limits decided for one day. */
    public record DailyCheckDecision(boolean deactivated, List<String> exceeded, List<String> firedRules,
                                     String ruleSetVersion) {
    }

    public DailyCheckDecision checkDay(RuleSet ruleSet, DailyCheckFacts day) {
        Evaluation evaluation = evaluator.evaluate(ruleSet, PROGRAM, List.of(day));
        List<String> exceeded = evaluation.all(ExceededLimit.class).stream()
                .sorted(Comparator.comparingInt(ExceededLimit::getPosition))
                .map(ExceededLimit::getCriterion)
                .toList();
        return new DailyCheckDecision(!evaluation.all(ImmediateDeactivation.class).isEmpty(), exceeded,
                evaluation.firedRules(), evaluation.ruleSetVersion());
    }

    /** The strikes of one assessment and the rules that issued them. */
    public record DecidedStrikes(List<Strike> strikes, List<String> firedRules) {
    }

    /** The strikes of a measured assessment, given what came before it: one step of the ladder. */
    public DecidedStrikes strike(RuleSet ruleSet, LocalDate periodStart, LocalDate periodEnd, LocalDate assessedOn,
                         List<MetricResult> metrics, LadderHistory history) {
        List<Object> facts = new ArrayList<>(historyFacts(history));
        facts.add(new AssessmentPeriod(periodStart, periodEnd));
        facts.add(new AssessmentDay(assessedOn));
        facts.addAll(metrics);
        Evaluation evaluation = evaluator.evaluate(ruleSet, PROGRAM, facts);
        return new DecidedStrikes(strikesOf(evaluation), evaluation.firedRules());
    }

    private static List<Object> historyFacts(LadderHistory history) {
        List<Object> facts = new ArrayList<>(history.earlierStrikes());
        history.immediateDeactivationDays().forEach(day -> facts.add(new ImmediateDeactivation(day)));
        return facts;
    }

    private static List<Strike> strikesOf(Evaluation evaluation) {
        List<Strike> strikes = evaluation.all(Strike.class).stream()
                .sorted(Comparator.comparingInt(Strike::getNumber))
                .toList();
        for (Strike strike : strikes) {
            if (strike.getNumber() == 0 || strike.getPenalty() == null) {
                throw new IllegalStateException("The rules " + evaluation.ruleSetVersion() + " left the strike for "
                        + strike.getMetric() + " without a number or penalty");
            }
        }
        return strikes;
    }
}
