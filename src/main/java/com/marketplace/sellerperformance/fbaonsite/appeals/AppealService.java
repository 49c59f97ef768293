package com.marketplace.sellerperformance.fbaonsite.appeals;

import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentService;
import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentView;
import com.marketplace.sellerperformance.fbaonsite.assessment.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.ladder.StrikeLadder;

import com.marketplace.sellerperformance.web.Caller;
import com.marketplace.sellerperformance.web.NotFoundException;

import com.marketplace.sellerperformance.web.ConflictException;

import com.marketplace.sellerperformance.web.BadInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import com.marketplace.sellerperformance.fbaonsite.persistence.AppealEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AppealRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.MetricResultEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;

/**
 * Appeals of one metric of one assessment (POLICY 1.8). An accepted appeal writes a new revision
 * with corrected counts and lets the ladder decide again the strikes from that assessment on.
 */
@ApplicationScoped
public class AppealService {
    private final Caller caller;
    private final AppealRepository appeals;
    private final AssessmentRepository assessments;
    private final SellerRepository sellers;
    private final AssessmentService assessmentService;
    private final StrikeLadder ladder;

    public AppealService(AppealRepository appeals, AssessmentRepository assessments, SellerRepository sellers,
                         AssessmentService assessmentService, StrikeLadder ladder, Caller caller) {
        this.appeals = appeals;
        this.assessments = assessments;
        this.sellers = sellers;
        this.assessmentService = assessmentService;
        this.ladder = ladder;
        this.caller = caller;
    }

    public record Submission(@NotBlank @Size(max = 64) String metric,
                             @NotNull @Positive Long missesAppealed,
                             @NotBlank @Size(max = 10000) String reason,
                             @Size(max = 50) List<@NotBlank @Size(max = 2000) String> attachments) {
    }

    /** missesAccepted defaults to the misses appealed; it may be fewer. */
    public record Decision(@NotNull Boolean accepted, @Positive Long missesAccepted, @NotNull LocalDate decidedOn) {
    }

    public record AppealView(UUID appealId, UUID assessmentId, int appealedRevision, String metric,
                             long missesAppealed, String reason, List<String> attachments, String status,
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
        MetricResultEntity metric = latest.metrics.stream()
                .filter(m -> m.metric.equals(submission.metric()) && AppealCorrection.APPEALABLE.contains(m.metric))
                .findFirst()
                .orElseThrow(() -> new BadInputException("metric", "'" + submission.metric()
                        + "' is not an appealable metric of this assessment; one of " + AppealCorrection.APPEALABLE));
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
        appeal.status = AppealEntity.OPEN;
        appeal.createdAt = Instant.now();
        appeal.submittedBy = caller.name();
        appeals.persist(appeal);
        return AppealView.of(appeal);
    }

    @Transactional
    /** The assessment revision in force after the decision: the new one when accepted. */
    public AssessmentView decide(UUID appealId, Decision decision) {
        AppealEntity appeal = appeals.findByAppealId(appealId)
                .orElseThrow(() -> new NotFoundException("No appeal " + appealId));
        AssessmentEntity latest = assessments.findLatest(appeal.assessmentId).orElseThrow();
        sellers.lockForUpdate(latest.seller.sellerId);
        appeals.getEntityManager().refresh(appeal);
        if (!AppealEntity.OPEN.equals(appeal.status)) {
            throw new ConflictException("The appeal " + appealId + " is already " + appeal.status.toLowerCase());
        }
        latest = assessments.findLatest(appeal.assessmentId).orElseThrow();
        appeal.decidedOn = decision.decidedOn();
        appeal.decidedAt = Instant.now();
        appeal.decidedBy = caller.name();
        if (!decision.accepted()) {
            appeal.status = AppealEntity.REJECTED;
            return assessmentService.view(latest, latest.seller);
        }
        long accepted = decision.missesAccepted() == null ? appeal.missesAppealed : decision.missesAccepted();
        if (accepted > appeal.missesAppealed) {
            throw new BadInputException("missesAccepted", "must not exceed the " + appeal.missesAppealed
                    + " misses appealed");
        }
        FbaSubmission corrected = AppealCorrection.withoutMisses(assessmentService.factsOf(latest), appeal.metric, accepted);
        AssessmentEntity revision = assessmentService.revise(latest, corrected, appeal.appealId);
        ladder.replayFrom(latest.seller, appeal.assessmentId);
        appeal.status = AppealEntity.ACCEPTED;
        appeal.missesAccepted = accepted;
        appeal.resultingRevision = revision.revision;
        return assessmentService.view(revision, latest.seller);
    }
}
