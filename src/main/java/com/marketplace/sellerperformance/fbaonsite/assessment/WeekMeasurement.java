package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.rules.DecidedStrikes;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderClimb;
import com.marketplace.sellerperformance.fbaonsite.rules.Rung;
import com.marketplace.sellerperformance.fbaonsite.rules.SubmissionFacts;
import com.marketplace.sellerperformance.problems.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last step of deciding a week: its facts measured by the rules in force, then its strikes
 * decided as the seller's next rung of the ladder, and the assessment made of both.
 */
@ApplicationScoped
public class WeekMeasurement {
    private final ActiveRuleSet rules;
    private final FbaOnsiteRules fbaOnsite;
    private final LadderClimb ladder;
    private final AssessmentEntities entities;

    public WeekMeasurement(ActiveRuleSet rules, FbaOnsiteRules fbaOnsite, LadderClimb ladder,
                           AssessmentEntities entities) {
        this.rules = rules;
        this.fbaOnsite = fbaOnsite;
        this.ladder = ladder;
        this.entities = entities;
    }

    /** A new assessment, not yet stored, the strikes its ladder step decided, and the rules that decided both. */
    public record Measured(AssessmentEntity assessment, DecidedStrikes struck, RuleSet ruleSet) {
    }

    /**
     * Measures the facts, then lets the ladder decide their strikes as the seller's next rung. A
     * period assessed on a day before an earlier period's assessment day is refused: strikes are
     * numbered in the order they are issued, and the ladder climbs in period order.
     */
    public Measured measured(SubmissionFacts facts, SellerPast past) {
        FbaSubmission submission = facts.submission();
        RuleSet ruleSet = rules.current();
        Map<String, BigDecimal> targets = past.returnTargets();
        FbaDecision measured = fbaOnsite.measure(ruleSet, facts, QuarterlyTargets.facts(targets));
        if (past.seller() != null) {
            past.latestDayBefore(submission.periodStart())
                    .filter(latestDay -> latestDay.isAfter(measured.assessedOn()))
                    .ifPresent(latestDay -> {
                        throw new ConflictException("The assessment day " + measured.assessedOn() + " of the period "
                                + submission.periodStart() + " to " + submission.periodEnd() + " precedes the day "
                                + latestDay + " an earlier period of seller " + submission.sellerId()
                                + " was assessed; strikes are numbered in the order they are issued, so give an"
                                + " assessedOn on or after " + latestDay);
                    });
        }
        // A new assessment sees only the daily checks inside its own period: no need to read them all.
        DecidedStrikes struck = ladder.climb(List.of(new Rung(facts.period(), measured.assessedOn(),
                        measured.metrics(), ruleSet)),
                past.standingStrikes(), past.deactivatingDays(submission.periodStart(), submission.periodEnd())).get(0);
        Set<String> fired = new LinkedHashSet<>(measured.firedRules());
        fired.addAll(struck.firedRules());
        return new Measured(entities.of(submission, measured, List.copyOf(fired), targets), struck, ruleSet);
    }
}
