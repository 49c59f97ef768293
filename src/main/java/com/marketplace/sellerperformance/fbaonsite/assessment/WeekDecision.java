package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.fbaonsite.facts.QuarterlyReturnTarget;
import com.marketplace.sellerperformance.fbaonsite.ladder.StoredLadder;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.rules.SubmissionFacts;
import com.marketplace.sellerperformance.fbaonsite.standing.StrikeView;
import com.marketplace.sellerperformance.records.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides a seller's new week from its past, touching no table, in three steps taken once each:
 * the submission checked ({@link SubmissionCheck}), held against the periods on record
 * ({@link PeriodsOnRecord}), then measured and its strikes decided ({@link WeekMeasurement}).
 */
@ApplicationScoped
public class WeekDecision {
    private final SubmissionCheck check;
    private final PeriodsOnRecord periods;
    private final WeekMeasurement measurement;
    private final RecordedPast recorded;
    private final SellerRepository sellers;
    private final Caller caller;

    public WeekDecision(SubmissionCheck check, PeriodsOnRecord periods, WeekMeasurement measurement,
                        RecordedPast recorded, SellerRepository sellers, Caller caller) {
        this.check = check;
        this.periods = periods;
        this.measurement = measurement;
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
    public Decided decideWeek(FbaSubmission submission, SellerPast past) {
        SubmissionFacts checked = check.checked(submission);
        Optional<AssessmentEntity> original = periods.repeated(checked.submission(), past);
        if (original.isPresent()) {
            return new Decided(null, original.get());
        }
        WeekMeasurement.Measured measured = measurement.measured(checked, past);
        SellerEntity seller = past.seller();
        if (seller == null) {
            seller = new SellerEntity();
            seller.sellerId = submission.sellerId();
            seller.firstSeenAt = Instant.now();
        }
        AssessmentEntity assessment = measured.assessment();
        assessment.seller = seller;
        assessment.createdBy = caller.name();
        return new Decided(new NewWeek(seller, assessment,
                StoredLadder.issued(seller, assessment, measured.struck().strikes())), null);
    }

    /**
     * A submission decided as it would be now, without writing or locking anything: its facts, the
     * store returns targets it was measured against, and what was measured and struck.
     */
    public record Previewed(SubmissionFacts facts, List<QuarterlyReturnTarget> returnTargets,
                            WeekMeasurement.Measured measured) {
    }

    /** What a submission would come to, its past asked of the database; a dry run and the week to date read it. */
    public Previewed previewed(FbaSubmission submission) {
        SubmissionFacts checked = check.checked(submission);
        SellerPast past = recorded.of(sellers.findBySellerId(submission.sellerId()));
        return new Previewed(checked, QuarterlyTargets.facts(past.returnTargets()), measurement.measured(checked, past));
    }

    /** What a submission would store, its past asked of the database, without writing or locking anything. */
    public AssessmentView preview(FbaSubmission submission) {
        WeekMeasurement.Measured measured = previewed(submission).measured();
        measured.assessment().assessmentId = null;
        List<StrikeView> wouldIssue = measured.struck().strikes().stream().map(StrikeView::proposed).toList();
        return AssessmentView.of(measured.assessment(), submission.sellerId(), wouldIssue, null, false);
    }
}
