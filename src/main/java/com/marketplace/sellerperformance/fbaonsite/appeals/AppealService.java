package com.marketplace.sellerperformance.fbaonsite.appeals;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.fbaonsite.announcements.SellerAnnouncements;
import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentRecord;
import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentRevisions;
import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentsRecorded;
import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentView;
import com.marketplace.sellerperformance.fbaonsite.assessment.PeriodsOnRecord;
import com.marketplace.sellerperformance.fbaonsite.ladder.StoredLadder;
import com.marketplace.sellerperformance.fbaonsite.persistence.AppealEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AppealRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.AppealStatus;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.MetricResultEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.records.ReviewLifecycle;
import com.marketplace.sellerperformance.records.SubjectLock;
import com.marketplace.sellerperformance.problems.BadInputException;
import com.marketplace.sellerperformance.problems.Bounds;
import com.marketplace.sellerperformance.records.Caller;
import com.marketplace.sellerperformance.problems.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Appeals of one metric of one assessment (docs/policy.md §1.8). An accepted appeal writes a new revision
 * with corrected counts and lets the ladder decide again the strikes from that assessment on.
 */
@ApplicationScoped
public class AppealService {
    private final Caller caller;
    private final AppealRepository appeals;
    private final AssessmentRepository assessments;
    private final SellerRepository sellers;
    private final PeriodsOnRecord periods;
    private final AssessmentRecord record;
    private final AssessmentRevisions revisions;
    private final StoredLadder ladder;
    private final FbaOnsiteRules fbaOnsite;
    private final ActiveRuleSet rules;
    private final ReviewLifecycle reviews;
    private final SellerAnnouncements announcements;
    private final Event<AssessmentsRecorded> revisionRecorded;

    public AppealService(AppealRepository appeals, AssessmentRepository assessments, SellerRepository sellers,
                         PeriodsOnRecord periods, AssessmentRecord record, AssessmentRevisions revisions,
                         StoredLadder ladder, FbaOnsiteRules fbaOnsite,
                         ActiveRuleSet rules, ReviewLifecycle reviews, Caller caller, SellerAnnouncements announcements,
                         Event<AssessmentsRecorded> revisionRecorded) {
        this.revisionRecorded = revisionRecorded;
        this.announcements = announcements;
        this.fbaOnsite = fbaOnsite;
        this.rules = rules;
        this.reviews = reviews;
        this.appeals = appeals;
        this.assessments = assessments;
        this.sellers = sellers;
        this.periods = periods;
        this.record = record;
        this.revisions = revisions;
        this.ladder = ladder;
        this.caller = caller;
    }

    public record Submission(@NotBlank @Size(max = 64) String metric,
                             @NotNull @Positive @Max(Bounds.MAX_UNITS) Long missesAppealed,
                             @NotBlank @Size(max = 10000) String reason,
                             @Size(max = 50) List<@NotBlank @Size(max = 2000) String> attachments) {
    }

    /** missesAccepted defaults to the misses appealed; it may be fewer; a rejection may send 0 or leave it out. */
    public record Decision(@NotNull Boolean accepted, @PositiveOrZero @Max(Bounds.MAX_UNITS) Long missesAccepted,
                           @NotNull LocalDate decidedOn) {
    }

    public record AppealView(UUID appealId, UUID assessmentId, int appealedRevision, String metric,
                             long missesAppealed, String reason, List<String> attachments, AppealStatus status,
                             Long missesAccepted, LocalDate decidedOn, Integer resultingRevision, String submittedBy,
                             String decidedBy) {
        static AppealView of(AppealEntity appeal) {
            return new AppealView(appeal.appealId, appeal.assessmentId, appeal.appealedRevision, appeal.metric,
                    appeal.missesAppealed, appeal.reason, List.copyOf(appeal.attachments), appeal.status,
                    appeal.missesAccepted, appeal.decidedOn, appeal.resultingRevision, appeal.submittedBy,
                    appeal.decidedBy);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AppealView find(UUID appealId) {
        return AppealView.of(appeals.findByAppealId(appealId)
                .orElseThrow(() -> new NotFoundException("No appeal " + appealId)));
    }

    @Transactional
    public AppealView create(UUID assessmentId, Submission submission) {
        AssessmentEntity latest = assessments.findLatest(assessmentId)
                .orElseThrow(() -> new NotFoundException("No assessment " + assessmentId));
        sellers.lockForUpdate(latest.seller.sellerId);
        // The appeal rules in force say which metrics may be appealed; nothing is corrected yet.
        fbaOnsite.correct(rules.current(), periods.factsOf(latest), submission.metric(),
                submission.missesAppealed());
        MetricResultEntity metric = latest.metrics.stream()
                .filter(m -> m.metric.equals(submission.metric()))
                .findFirst()
                .orElseThrow(() -> new BadInputException("metric", "'" + submission.metric()
                        + "' is not a metric of this assessment"));
        if (submission.missesAppealed() > metric.numerator) {
            throw new BadInputException("missesAppealed", "must not exceed the " + metric.numerator
                    + " units counted for " + metric.metric);
        }
        AppealEntity appeal = new AppealEntity();
        appeal.appealId = UUID.randomUUID();
        appeal.assessmentId = assessmentId;
        appeal.appealedRevision = latest.revision;
        appeal.metric = submission.metric();
        appeal.missesAppealed = submission.missesAppealed();
        appeal.reason = submission.reason();
        appeal.attachments = submission.attachments() == null ? new ArrayList<>() : new ArrayList<>(submission.attachments());
        appeal.status = AppealStatus.OPEN;
        appeal.createdAt = Instant.now();
        appeal.submittedBy = caller.name();
        appeals.persist(appeal);
        return AppealView.of(appeal);
    }

    /**
     * The assessment revision in force after the decision: the new one when accepted. The counts are
     * corrected by the appeal rules in force; the corrected facts are measured by the rules of the
     * decision appealed.
     */
    @Transactional
    public AssessmentView decide(UUID appealId, Decision decision) {
        AppealEntity appeal = appeals.findByAppealId(appealId)
                .orElseThrow(() -> new NotFoundException("No appeal " + appealId));
        AssessmentEntity appealed = assessments.findLatest(appeal.assessmentId).orElseThrow();
        reviews.decide(appeal, SubjectLock.Kind.SELLER, appealed.seller.sellerId, decision.decidedOn());
        AssessmentEntity latest = assessments.findLatest(appeal.assessmentId).orElseThrow();
        if (!decision.accepted()) {
            appeal.status = AppealStatus.REJECTED;
            return record.view(latest, latest.seller);
        }
        long accepted = decision.missesAccepted() == null ? appeal.missesAppealed : decision.missesAccepted();
        if (accepted == 0 || accepted > appeal.missesAppealed) {
            throw new BadInputException("missesAccepted", "an accepted appeal takes 1 to " + appeal.missesAppealed
                    + " misses (the misses appealed)");
        }
        FbaSubmission corrected = fbaOnsite.correct(rules.current(), periods.factsOf(latest), appeal.metric,
                accepted);
        AssessmentEntity revision = revisions.revise(latest, corrected, appeal.appealId,
                decision.decidedOn());
        ladder.replayFrom(latest.seller, appeal.assessmentId);
        revisionRecorded.fire(new AssessmentsRecorded(List.of(record.view(revision, latest.seller))));
        announcements.decided(latest.seller, decision.decidedOn());
        appeal.status = AppealStatus.ACCEPTED;
        appeal.missesAccepted = accepted;
        appeal.resultingRevision = revision.revision;
        return record.view(revision, latest.seller);
    }
}
