package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.engine.Evaluation;
import com.marketplace.sellerperformance.engine.RuleEvaluator;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentDay;
import com.marketplace.sellerperformance.fbaonsite.facts.ImmediateDeactivation;
import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The one walk up the strike ladder: measured assessments in period order, each deciding its
 * strikes with the rules given for it, seeing the strikes on record before the first and those
 * decided for every assessment before it. New assessments, appeals, late daily checks, back-tests
 * and the analysts' scenarios all walk it; only what they do with the result differs.
 */
@ApplicationScoped
public class LadderClimb {
    private final RuleEvaluator evaluator;

    public LadderClimb(RuleEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The strikes decided for each rung, in the order given. */
    public List<DecidedStrikes> climb(List<Rung> rungs, List<StrikeOnRecord> before,
                                      List<LocalDate> immediateDeactivationDays) {
        List<StrikeOnRecord> history = new ArrayList<>(before);
        List<DecidedStrikes> decided = new ArrayList<>();
        for (Rung rung : rungs) {
            List<LocalDate> inPeriod = immediateDeactivationDays.stream()
                    .filter(day -> !day.isBefore(rung.period().getStart()) && !day.isAfter(rung.period().getEnd()))
                    .toList();
            DecidedStrikes struck = step(rung, new LadderHistory(List.copyOf(history), inPeriod));
            // Only the strikes' dates, numbers and penalties count for the rungs above; ids are the caller's.
            struck.strikes().forEach(strike -> history.add(new StrikeOnRecord(UUID.randomUUID().toString(),
                    strike.getMetric(), strike.getNumber(), strike.getIssuedOn(), strike.getExpiresOn(),
                    strike.getPenalty(), strike.getMinimumDeactivationDays(), strike.isPlanOfActionRequired())));
            decided.add(struck);
        }
        return decided;
    }

    /** The strikes of one measured assessment, given what came before it: one step of the ladder. */
    public DecidedStrikes step(Rung rung, LadderHistory history) {
        List<Object> facts = new ArrayList<>(history.earlierStrikes());
        history.immediateDeactivationDays().forEach(day -> facts.add(new ImmediateDeactivation(day)));
        facts.add(rung.period());
        facts.add(new AssessmentDay(rung.assessedOn()));
        facts.addAll(rung.metrics());
        Evaluation evaluation = evaluator.evaluate(rung.ruleSet(), FbaOnsiteRules.PROGRAM, FbaOnsiteRules.LADDER, facts);
        return new DecidedStrikes(strikesOf(evaluation), evaluation.firedRules());
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
