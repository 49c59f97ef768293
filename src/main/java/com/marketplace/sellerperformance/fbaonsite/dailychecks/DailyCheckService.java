package com.marketplace.sellerperformance.fbaonsite.dailychecks;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.ShadowRuleSet;
import com.marketplace.sellerperformance.fbaonsite.announcements.SellerAnnouncements;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckFacts;
import com.marketplace.sellerperformance.fbaonsite.ladder.StoredLadder;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.DailyCheckEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.DailyCheckRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingService;
import com.marketplace.sellerperformance.records.SubjectLock;
import com.marketplace.sellerperformance.records.SubmissionFlow;
import com.marketplace.sellerperformance.records.Caller;
import com.marketplace.sellerperformance.problems.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Daily immediate-deactivation checks. A check that deactivates the seller inside a period already
 * assessed lets the ladder decide that assessment's strikes again (three immediate deactivations in
 * one period are a strike).
 */
@ApplicationScoped
public class DailyCheckService implements SubmissionFlow.Kind<DailyCheckSubmission, DailyCheckEntity> {
    private final Caller caller;
    private final ActiveRuleSet rules;
    private final FbaOnsiteRules fbaOnsite;
    private final SubmissionFlow flow;
    private final SellerRepository sellers;
    private final DailyCheckRepository dailyChecks;
    private final AssessmentRepository assessments;
    private final StoredLadder ladder;
    private final StandingService standings;
    private final SellerAnnouncements announcements;
    private final ShadowRuleSet shadow;

    /** How the shadow rule set's comparisons name a daily check. */
    public static final String SHADOW_KIND = "DAILY_CHECK";

    public DailyCheckService(ActiveRuleSet rules, FbaOnsiteRules fbaOnsite, SubmissionFlow flow,
                             SellerRepository sellers, DailyCheckRepository dailyChecks,
                             AssessmentRepository assessments, StoredLadder ladder, StandingService standings,
                             Caller caller, SellerAnnouncements announcements, ShadowRuleSet shadow) {
        this.announcements = announcements;
        this.shadow = shadow;
        this.rules = rules;
        this.fbaOnsite = fbaOnsite;
        this.flow = flow;
        this.sellers = sellers;
        this.dailyChecks = dailyChecks;
        this.assessments = assessments;
        this.ladder = ladder;
        this.standings = standings;
        this.caller = caller;
    }

    public record Outcome(DailyCheckView check, boolean created) {
    }

    @Transactional
    public Outcome check(DailyCheckSubmission submission) {
        SubmissionFlow.Outcome<DailyCheckEntity> outcome = flow.submit(this, submission);
        return new Outcome(view(outcome.record()), outcome.created());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DailyCheckView find(UUID checkId) {
        return view(dailyChecks.findByCheckId(checkId)
                .orElseThrow(() -> new NotFoundException("No daily check " + checkId)));
    }

    @Override
    public SubjectLock.Kind subjectKind() {
        return SubjectLock.Kind.SELLER;
    }

    @Override
    public String subjectId(DailyCheckSubmission submission) {
        return submission.sellerId();
    }

    @Override
    public Optional<DailyCheckEntity> onRecord(DailyCheckSubmission submission) {
        return sellers.findBySellerId(submission.sellerId())
                .flatMap(seller -> dailyChecks.findOn(seller, submission.day()));
    }

    @Override
    public boolean sameFacts(DailyCheckEntity check, DailyCheckSubmission submission) {
        return check.fastTrackPendingUnits == submission.fastTrackPendingUnits()
                && check.cancelledUnits == submission.cancelledUnits()
                && check.lateProcessedUnits == submission.lateProcessedUnits()
                && check.lateHandoverUnits == submission.lateHandoverUnits()
                && check.affectedUnits == submission.affectedUnits();
    }

    @Override
    public String conflict(DailyCheckEntity check, DailyCheckSubmission submission) {
        return "The day " + submission.day() + " of seller " + submission.sellerId() + " is already checked (check "
                + check.checkId + ") with other numbers";
    }

    @Override
    public DailyCheckEntity decideAndStore(DailyCheckSubmission submission) {
        DailyCheckFacts facts = new DailyCheckFacts(
                submission.day(), submission.fastTrackPendingUnits(), submission.cancelledUnits(),
                submission.lateProcessedUnits(), submission.lateHandoverUnits(), submission.affectedUnits());
        FbaOnsiteRules.DailyCheckDecision decision = fbaOnsite.checkDay(rules.current(), facts);
        SellerEntity seller = sellers.findOrCreate(submission.sellerId());
        DailyCheckEntity check = new DailyCheckEntity();
        check.checkId = UUID.randomUUID();
        check.seller = seller;
        check.day = submission.day();
        check.fastTrackPendingUnits = submission.fastTrackPendingUnits();
        check.cancelledUnits = submission.cancelledUnits();
        check.lateProcessedUnits = submission.lateProcessedUnits();
        check.lateHandoverUnits = submission.lateHandoverUnits();
        check.affectedUnits = submission.affectedUnits();
        check.exceeded = new ArrayList<>(decision.exceeded());
        check.deactivated = decision.deactivated();
        check.ruleSetVersion = decision.ruleSetVersion();
        check.firedRules = new ArrayList<>(decision.firedRules());
        check.createdAt = Instant.now();
        check.createdBy = caller.name();
        shadow.compare(SHADOW_KIND, check.checkId.toString(), submission.sellerId(), () -> asDecided(decision),
                ruleSet -> asDecided(fbaOnsite.checkDay(ruleSet, facts)));
        dailyChecks.persist(check);
        dailyChecks.flush();
        if (check.deactivated) {
            assessedPeriodContaining(seller, check).ifPresent(assessment ->
                    ladder.replayFrom(seller, assessment.assessmentId));
        }
        announcements.decided(seller, check.day);
        return check;
    }

    /** A day's decision as the shadow rule set's is held against it. */
    private static Map<String, String> asDecided(FbaOnsiteRules.DailyCheckDecision decision) {
        Map<String, String> decided = new LinkedHashMap<>();
        decided.put("deactivated", String.valueOf(decision.deactivated()));
        decision.exceeded().forEach(criterion -> decided.put("exceeded." + criterion, "EXCEEDED"));
        return decided;
    }

    private Optional<AssessmentEntity> assessedPeriodContaining(SellerEntity seller, DailyCheckEntity check) {
        return assessments.findLatestBySeller(seller).stream()
                .filter(a -> !check.day.isBefore(a.periodStart) && !check.day.isAfter(a.periodEnd))
                .findFirst();
    }

    private DailyCheckView view(DailyCheckEntity check) {
        return new DailyCheckView(check.checkId, check.seller.sellerId, check.day, check.deactivated,
                List.copyOf(check.exceeded), check.ruleSetVersion, List.copyOf(check.firedRules), check.createdBy,
                standings.standingOn(check.seller, check.day));
    }
}
