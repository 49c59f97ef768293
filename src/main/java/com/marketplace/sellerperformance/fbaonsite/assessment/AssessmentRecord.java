package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.fbaonsite.ladder.LadderAsKnown;
import com.marketplace.sellerperformance.fbaonsite.ladder.StoredLadder;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeRepository;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingService;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import com.marketplace.sellerperformance.fbaonsite.standing.StrikeView;
import com.marketplace.sellerperformance.problems.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The assessments on record as the API answers them: each with its strikes and the seller's standing
 * on its assessment day, at its latest revision, at a revision asked for, or as known on a day.
 */
@ApplicationScoped
public class AssessmentRecord {
    private final AssessmentRepository assessments;
    private final SellerRepository sellers;
    private final StrikeRepository strikes;
    private final StoredLadder ladder;
    private final StandingService standings;

    public AssessmentRecord(AssessmentRepository assessments, SellerRepository sellers, StrikeRepository strikes,
                            StoredLadder ladder, StandingService standings) {
        this.assessments = assessments;
        this.sellers = sellers;
        this.strikes = strikes;
        this.ladder = ladder;
        this.standings = standings;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentView find(UUID assessmentId) {
        AssessmentEntity assessment = assessments.findLatest(assessmentId)
                .orElseThrow(() -> new NotFoundException("No assessment " + assessmentId));
        return view(assessment, assessment.seller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentView find(UUID assessmentId, int revision) {
        AssessmentEntity assessment = assessments.findRevision(assessmentId, revision)
                .orElseThrow(() -> new NotFoundException("No revision " + revision + " of assessment " + assessmentId));
        Optional<AssessmentEntity> next = assessments.findRevision(assessmentId, revision + 1);
        return next.isPresent() ? asDecided(assessment, next.get()) : view(assessment, assessment.seller);
    }

    /** The latest revision of the assessment whose first revision this is. */
    public AssessmentView latestOf(AssessmentEntity original) {
        AssessmentEntity latest = assessments.findLatest(original.assessmentId).orElse(original);
        return view(latest, latest.seller);
    }

    /** The latest revision with its strikes and the seller's standing on the assessment day. */
    public AssessmentView view(AssessmentEntity assessment, SellerEntity seller) {
        StandingView standing = standings.standingOn(seller, assessment.assessedOn);
        List<StrikeView> issued = strikes.findAllOf(assessment.assessmentId).stream().map(StrikeView::of).toList();
        return AssessmentView.of(assessment, seller.sellerId, issued, standing, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentView> findBySeller(String sellerId) {
        return findBySeller(sellerId, null);
    }

    /** The seller's assessments as known on a day: each at its revision then, with its strikes then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentView> findBySeller(String sellerId, LocalDate asOf) {
        SellerEntity seller = sellers.findBySellerId(sellerId)
                .orElseThrow(() -> new NotFoundException("No seller " + sellerId + " has been seen"));
        if (asOf != null) {
            LadderAsKnown known = ladder.asKnownOn(seller, asOf, null);
            Function<LocalDate, StandingView> standingOn = standings.standingsOf(seller, known);
            return known.assessments().stream()
                    .map(assessment -> AssessmentView.of(assessment, sellerId, strikesOf(known, assessment.assessmentId),
                            standingOn.apply(assessment.assessedOn), true))
                    .toList();
        }
        Function<LocalDate, StandingView> standingOn = standings.standingsOf(seller);
        Map<UUID, List<StrikeView>> strikesByAssessment = new HashMap<>();
        strikes.findAllOf(seller).forEach(strike -> strikesByAssessment
                .computeIfAbsent(strike.assessmentId, id -> new ArrayList<>()).add(StrikeView.of(strike)));
        return assessments.findLatestBySeller(seller).stream()
                .map(assessment -> AssessmentView.of(assessment, sellerId,
                        strikesByAssessment.getOrDefault(assessment.assessmentId, List.of()),
                        standingOn.apply(assessment.assessedOn), true))
                .toList();
    }

    /**
     * An earlier revision as it decided: the ladder climbed with this revision and what else was
     * decided before the next revision replaced it, and the standing on the assessment day then.
     */
    private AssessmentView asDecided(AssessmentEntity revision, AssessmentEntity next) {
        LocalDate lastDayInForce = next.decidedOn.minusDays(1);
        LadderAsKnown known = ladder.asKnownOn(revision.seller,
                lastDayInForce.isBefore(revision.decidedOn) ? revision.decidedOn : lastDayInForce, revision);
        return AssessmentView.of(revision, revision.seller.sellerId, strikesOf(known, revision.assessmentId),
                standings.standingsOf(revision.seller, known).apply(revision.assessedOn), true)
                .supersededBy(next.revision);
    }

    private static List<StrikeView> strikesOf(LadderAsKnown known, UUID assessmentId) {
        List<StrikeView> shown = new ArrayList<>();
        known.standing().getOrDefault(assessmentId, List.of()).forEach(s -> shown.add(StrikeView.asKnown(s)));
        known.revoked().getOrDefault(assessmentId, List.of()).forEach(s -> shown.add(StrikeView.of(s)));
        return shown;
    }
}
