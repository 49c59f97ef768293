package com.marketplace.sellerperformance.fbaonsite.ladder;

import com.marketplace.sellerperformance.fbaonsite.assessment.FbaOnsiteRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;
import com.marketplace.sellerperformance.engine.RuleSetHistory;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.DailyCheckEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.DailyCheckRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.MetricResultEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeRepository;
import com.marketplace.sellerperformance.facts.Measurement;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;

/**
 * Keeps a seller's strikes in step with its assessments: records the strikes the rules issue, and
 * when an earlier assessment changes (an appeal, a late daily check) lets the rules decide again,
 * in period order, the strikes of it and of every later assessment. Strikes that no longer hold
 * are revoked, never deleted.
 */
@ApplicationScoped
public class StrikeLadder {
    private final FbaOnsiteRules policy;
    private final RuleSetHistory ruleSets;
    private final AssessmentRepository assessments;
    private final StrikeRepository strikes;
    private final DailyCheckRepository dailyChecks;

    public StrikeLadder(FbaOnsiteRules policy, RuleSetHistory ruleSets, AssessmentRepository assessments,
                        StrikeRepository strikes, DailyCheckRepository dailyChecks) {
        this.policy = policy;
        this.ruleSets = ruleSets;
        this.assessments = assessments;
        this.strikes = strikes;
        this.dailyChecks = dailyChecks;
    }

    /** The history for a new assessment of the given period, which comes after all the seller's others. */
    public LadderHistory historyForNext(Optional<SellerEntity> seller, LocalDate periodStart, LocalDate periodEnd) {
        if (seller.isEmpty()) {
            return LadderHistory.none();
        }
        List<StrikeOnRecord> earlier = strikes.findStanding(seller.get()).stream().map(StrikeLadder::onRecord).toList();
        return new LadderHistory(earlier, immediateDays(seller.get(), periodStart, periodEnd));
    }

    /** Stores the strikes the rules issued for a new assessment. */
    public void record(SellerEntity seller, AssessmentEntity assessment, List<Strike> issued) {
        reconcile(seller, assessment, List.of(), issued);
    }

    /** Decides again the strikes of the given assessment and of every later one of the seller. */
    public void replayFrom(SellerEntity seller, UUID assessmentId) {
        List<AssessmentEntity> ordered = assessments.findLatestBySeller(seller, FbaOnsiteRules.PROGRAM);
        int from = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).assessmentId.equals(assessmentId)) {
                from = i;
            }
        }
        if (from < 0) {
            return;
        }
        Map<UUID, List<StrikeEntity>> standing = new HashMap<>();
        for (StrikeEntity strike : strikes.findStanding(seller)) {
            standing.computeIfAbsent(strike.assessmentId, id -> new ArrayList<>()).add(strike);
        }
        for (int j = from; j < ordered.size(); j++) {
            AssessmentEntity assessment = ordered.get(j);
            List<StrikeOnRecord> earlier = new ArrayList<>();
            for (int i = 0; i < j; i++) {
                standing.getOrDefault(ordered.get(i).assessmentId, List.of()).forEach(s -> earlier.add(onRecord(s)));
            }
            LadderHistory history = new LadderHistory(earlier,
                    immediateDays(seller, assessment.periodStart, assessment.periodEnd));
            List<Strike> decided = policy.restrike(ruleSets.version(assessment.ruleSetVersion),
                    assessment.periodStart, assessment.periodEnd, assessment.assessedOn, metricResults(assessment),
                    history);
            standing.put(assessment.assessmentId, reconcile(seller, assessment,
                    standing.getOrDefault(assessment.assessmentId, List.of()), decided));
        }
    }

    private List<StrikeEntity> reconcile(SellerEntity seller, AssessmentEntity assessment,
                                         List<StrikeEntity> existing, List<Strike> decided) {
        List<StrikeEntity> kept = new ArrayList<>();
        List<StrikeEntity> unmatched = new ArrayList<>(existing);
        for (Strike strike : decided) {
            StrikeEntity entity = unmatched.stream().filter(e -> e.metric.equals(strike.getMetric())).findFirst()
                    .orElseGet(() -> newStrike(seller, assessment));
            unmatched.remove(entity);
            entity.metric = strike.getMetric();
            entity.position = strike.getPosition();
            entity.number = strike.getNumber();
            entity.issuedOn = strike.getIssuedOn();
            entity.expiresOn = strike.getExpiresOn();
            entity.penalty = strike.getPenalty();
            entity.minimumDeactivationDays = strike.getMinimumDeactivationDays();
            entity.planOfActionRequired = strike.isPlanOfActionRequired();
            strikes.persist(entity);
            kept.add(entity);
        }
        for (StrikeEntity revoked : unmatched) {
            revoked.status = StrikeEntity.REVOKED;
            revoked.revokedByRevision = assessment.revision;
        }
        strikes.flush();
        return kept;
    }

    private static StrikeEntity newStrike(SellerEntity seller, AssessmentEntity assessment) {
        StrikeEntity entity = new StrikeEntity();
        entity.strikeId = UUID.randomUUID();
        entity.seller = seller;
        entity.assessmentId = assessment.assessmentId;
        entity.status = StrikeEntity.ACTIVE;
        entity.createdAt = Instant.now();
        return entity;
    }

    private List<LocalDate> immediateDays(SellerEntity seller, LocalDate periodStart, LocalDate periodEnd) {
        return dailyChecks.findDeactivatingBetween(seller, periodStart, periodEnd).stream()
                .map((DailyCheckEntity check) -> check.day).toList();
    }

    private static List<MetricResult> metricResults(AssessmentEntity assessment) {
        List<MetricResult> results = new ArrayList<>();
        for (MetricResultEntity metric : assessment.metrics) {
            results.add(new MetricResult(Measurement.recorded(metric.metric, metric.position, metric.comparison,
                    metric.numerator, metric.denominator, metric.goal, metric.allowance), metric.status));
        }
        return results;
    }

    public static StrikeOnRecord onRecord(StrikeEntity strike) {
        return new StrikeOnRecord(strike.strikeId.toString(), strike.metric, strike.number, strike.issuedOn,
                strike.expiresOn, strike.penalty, strike.minimumDeactivationDays, strike.planOfActionRequired);
    }
}
