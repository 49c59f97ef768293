package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.fbaonsite.ladder.StoredLadder;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderClimb;
import com.marketplace.sellerperformance.fbaonsite.standing.StrikeView;
import com.marketplace.sellerperformance.problems.ConflictException;
import com.marketplace.sellerperformance.problems.FieldError;
import com.marketplace.sellerperformance.problems.InputCheck;
import com.marketplace.sellerperformance.records.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a seller's new week from its past, touching no table: the submission checked, held
 * against the periods on record, measured by the rules in force and its strikes decided as the
 * seller's next rung of the ladder.
 */
@ApplicationScoped
public class WeekDecision {
    private final FbaOnsiteRules fbaOnsite;
    private final ActiveRuleSet rules;
    private final LadderClimb ladderClimb;
    private final InputCheck input;
    private final AssessmentEntities entities;
    private final RecordedPast recorded;
    private final SellerRepository sellers;
    private final Caller caller;

    public WeekDecision(FbaOnsiteRules fbaOnsite, ActiveRuleSet rules, LadderClimb ladderClimb, InputCheck input,
                        AssessmentEntities entities, RecordedPast recorded, SellerRepository sellers, Caller caller) {
        this.fbaOnsite = fbaOnsite;
        this.rules = rules;
        this.ladderClimb = ladderClimb;
        this.input = input;
        this.entities = entities;
        this.recorded = recorded;
        this.sellers = sellers;
        this.caller = caller;
    }

    /** What a submission comes to: a new week to store, or the original assessment of the same facts. */
    public record Decided(NewWeek week, AssessmentEntity original) {
    }

    /**
     * What {@link WeekRecording#assessAll} stores for a submission, from a past read ahead: the
     * original for the same facts again, a conflict or bad input thrown, else the new week. The
     * caller holds the seller's lock.
     */
    public Decided decide(FbaSubmission submission, SellerPast past) {
        FbaSubmission checked = checked(submission);
        Optional<AssessmentEntity> original = originalOf(checked, past);
        if (original.isPresent()) {
            if (sameFacts(original.get(), checked)) {
                return new Decided(null, original.get());
            }
            throw new ConflictException(conflict(original.get(), checked));
        }
        Measured measured = measure(checked, past);
        SellerEntity seller = past.seller();
        if (seller == null) {
            seller = new SellerEntity();
            seller.sellerId = checked.sellerId();
            seller.firstSeenAt = Instant.now();
        }
        AssessmentEntity assessment = measured.assessment();
        assessment.seller = seller;
        assessment.createdBy = caller.name();
        return new Decided(new NewWeek(seller, assessment,
                StoredLadder.issued(seller, assessment, measured.struck().strikes())), null);
    }

    /** What a submission would store, its past asked of the database, without writing or locking anything. */
    public AssessmentView preview(FbaSubmission submission) {
        FbaSubmission checked = checked(submission);
        Measured measured = measure(checked, recorded.of(sellers.findBySellerId(checked.sellerId())));
        measured.assessment().assessmentId = null;
        List<StrikeView> wouldIssue = measured.struck().strikes().stream().map(StrikeView::proposed).toList();
        return AssessmentView.of(measured.assessment(), checked.sellerId(), wouldIssue, null, false);
    }

    private record Measured(AssessmentEntity assessment, FbaOnsiteRules.DecidedStrikes struck) {
    }

    /**
     * The original assessment of the same period; a conflict when the period overlaps or precedes a
     * period already assessed.
     */
    private static Optional<AssessmentEntity> originalOf(FbaSubmission submission, SellerPast past) {
        if (past.seller() == null) {
            return Optional.empty();
        }
        List<AssessmentEntity> overlappingOrLater = past.originalsOverlappingOrAfter(submission.periodStart());
        for (AssessmentEntity original : overlappingOrLater) {
            if (original.periodStart.equals(submission.periodStart()) && original.periodEnd.equals(submission.periodEnd())) {
                return Optional.of(original);
            }
            if (!original.periodStart.isAfter(submission.periodEnd())) {
                throw new ConflictException("The period " + submission.periodStart() + " to " + submission.periodEnd()
                        + " overlaps the period " + describe(original) + " already assessed for seller "
                        + submission.sellerId() + " (assessment " + original.assessmentId + ")");
            }
        }
        if (!overlappingOrLater.isEmpty()) {
            AssessmentEntity latest = overlappingOrLater.get(overlappingOrLater.size() - 1);
            throw new ConflictException("The period " + submission.periodStart() + " to " + submission.periodEnd()
                    + " precedes the period " + describe(latest) + " already assessed for seller "
                    + submission.sellerId() + "; assessments are made in period order");
        }
        return Optional.empty();
    }

    /** Same facts: equal in everything, where an omitted assessment day matches the day decided before. */
    private boolean sameFacts(AssessmentEntity original, FbaSubmission submission) {
        FbaSubmission stored = entities.factsOf(original);
        boolean dayMatches = submission.assessedOn() == null || submission.assessedOn().equals(original.assessedOn);
        return dayMatches
                && stored.canonical().withAssessmentDay(null).equals(submission.canonical().withAssessmentDay(null));
    }

    private static String conflict(AssessmentEntity original, FbaSubmission submission) {
        return "The period " + describe(original) + " of seller " + submission.sellerId()
                + " is already assessed (assessment " + original.assessmentId + ") with other facts;"
                + " to correct it, appeal that assessment";
    }

    /**
     * Measures the facts, then lets the ladder decide their strikes as the seller's next rung. A
     * period assessed on a day before an earlier period's assessment day is refused: strikes are
     * numbered in the order they are issued, and the ladder climbs in period order.
     */
    private Measured measure(FbaSubmission submission, SellerPast past) {
        RuleSet ruleSet = rules.current();
        Map<String, BigDecimal> targets = past.returnTargets();
        FbaDecision measured = fbaOnsite.measure(ruleSet, submission, QuarterlyTargets.facts(targets));
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
        FbaOnsiteRules.DecidedStrikes struck = ladderClimb.climb(List.of(new LadderClimb.Rung(submission.periodStart(),
                        submission.periodEnd(), measured.assessedOn(), measured.metrics(), ruleSet)),
                past.standingStrikes(), past.deactivatingDays(submission.periodStart(), submission.periodEnd())).get(0);
        Set<String> fired = new LinkedHashSet<>(measured.firedRules());
        fired.addAll(struck.firedRules());
        return new Measured(entities.of(submission, measured, List.copyOf(fired), targets), struck);
    }

    private static String describe(AssessmentEntity assessment) {
        return assessment.periodStart + " to " + assessment.periodEnd;
    }

    /**
     * Every fault of the submission at once: its declared constraints, its dates and families, and
     * what the rules refuse (when the facts are complete enough to give them).
     */
    private FbaSubmission checked(FbaSubmission submission) {
        List<FieldError> errors = new ArrayList<>(input.violations(submission));
        if (submission.periodStart() != null && submission.periodEnd() != null
                && submission.periodEnd().isBefore(submission.periodStart())) {
            errors.add(new FieldError("periodEnd", "must not be before periodStart"));
        }
        Set<String> families = new HashSet<>();
        List<FbaSubmission.FamilyReturnsLine> returns = submission.returnsOrEmpty();
        for (int i = 0; i < returns.size(); i++) {
            if (returns.get(i) != null && returns.get(i).family() != null && !families.add(returns.get(i).family())) {
                errors.add(new FieldError("returns[" + i + "].family",
                        "the family '" + returns.get(i).family() + "' appears more than once"));
            }
        }
        if (!errors.isEmpty() && submission.hasEveryValue() && submission.countsWithinBounds()) {
            errors.addAll(fbaOnsite.refusals(rules.current(), submission));
        }
        InputCheck.refuseIfAny(errors);
        return submission;
    }
}
