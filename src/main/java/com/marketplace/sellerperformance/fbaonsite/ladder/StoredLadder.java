package com.marketplace.sellerperformance.fbaonsite.ladder;

import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetHistory;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.DailyCheckRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeStatus;
import com.marketplace.sellerperformance.fbaonsite.rules.DecidedStrikes;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderClimb;
import com.marketplace.sellerperformance.fbaonsite.rules.Rung;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps a seller's stored strikes in step with its assessments by walking the {@link LadderClimb}:
 * a new assessment is one more rung; when an earlier assessment changes (an appeal, a late daily
 * check) the ladder is walked again from it, each assessment with the rules that made it. Strikes
 * that no longer hold are revoked, never deleted.
 */
@ApplicationScoped
public class StoredLadder {
    private final LadderClimb ladder;
    private final RuleSetHistory ruleSets;
    private final AssessmentRepository assessments;
    private final StrikeRepository strikes;
    private final DailyCheckRepository dailyChecks;

    public StoredLadder(LadderClimb ladder, RuleSetHistory ruleSets, AssessmentRepository assessments,
                        StrikeRepository strikes, DailyCheckRepository dailyChecks) {
        this.ladder = ladder;
        this.ruleSets = ruleSets;
        this.assessments = assessments;
        this.strikes = strikes;
        this.dailyChecks = dailyChecks;
    }

    /** Stores the strikes the rules issued for a new assessment. */
    public void record(SellerEntity seller, AssessmentEntity assessment, List<Strike> issued) {
        reconcile(seller, assessment, List.of(), issued);
    }

    /** Decides again the strikes of the given assessment and of every later one of the seller. */
    public void replayFrom(SellerEntity seller, UUID assessmentId) {
        List<AssessmentEntity> ordered = assessments.findLatestBySeller(seller);
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
        List<StrikeOnRecord> before = new ArrayList<>();
        for (AssessmentEntity earlier : ordered.subList(0, from)) {
            standing.getOrDefault(earlier.assessmentId, List.of()).forEach(s -> before.add(s.onRecord()));
        }
        List<AssessmentEntity> replayed = ordered.subList(from, ordered.size());
        List<Rung> rungs = replayed.stream()
                .map(a -> rung(a, ruleSets.version(a.ruleSetVersion)))
                .toList();
        List<DecidedStrikes> decided = ladder.climb(rungs, before, dailyChecks.findDeactivatingDays(seller));
        for (int i = 0; i < replayed.size(); i++) {
            AssessmentEntity assessment = replayed.get(i);
            reconcile(seller, assessment, standing.getOrDefault(assessment.assessmentId, List.of()),
                    decided.get(i).strikes());
        }
    }

    /**
     * The ladder as it stood with what was decided on or before {@code asOf}: every assessment at its
     * latest revision decided by then (or at {@code pinned}, for the revision a view shows), climbed
     * again with the daily checks of days up to then, each assessment with the rules that made it.
     */
    public LadderAsKnown asKnownOn(SellerEntity seller, LocalDate asOf, AssessmentEntity pinned) {
        Map<UUID, AssessmentEntity> inForce = new LinkedHashMap<>();
        for (AssessmentEntity revision : assessments.findAllRevisionsBySeller(seller)) {
            boolean known = !revision.decidedOn.isAfter(asOf);
            if (pinned != null && pinned.assessmentId.equals(revision.assessmentId)) {
                known = revision.revision <= pinned.revision;
            }
            if (known) {
                inForce.put(revision.assessmentId, revision);
            }
        }
        List<AssessmentEntity> known = new ArrayList<>(inForce.values());
        known.sort(Comparator.comparing((AssessmentEntity a) -> a.periodStart));
        List<LocalDate> deactivatingDays = dailyChecks.findDeactivatingDays(seller).stream()
                .filter(day -> !day.isAfter(asOf)).toList();
        List<DecidedStrikes> decided = ladder.climb(
                known.stream().map(a -> rung(a, ruleSets.version(a.ruleSetVersion))).toList(), List.of(),
                deactivatingDays);

        Map<UUID, List<StrikeEntity>> stored = new HashMap<>();
        strikes.findAllOf(seller).forEach(s -> stored.computeIfAbsent(s.assessmentId, id -> new ArrayList<>()).add(s));
        Map<UUID, List<LadderAsKnown.KnownStrike>> standing = new HashMap<>();
        Map<UUID, List<StrikeEntity>> revoked = new HashMap<>();
        for (int i = 0; i < known.size(); i++) {
            AssessmentEntity assessment = known.get(i);
            List<StrikeEntity> ofAssessment = stored.getOrDefault(assessment.assessmentId, List.of());
            List<LadderAsKnown.KnownStrike> stood = decided.get(i).strikes().stream()
                    .map(strike -> new LadderAsKnown.KnownStrike(storedId(ofAssessment, strike.getMetric()),
                            assessment.assessmentId, strike))
                    .toList();
            standing.put(assessment.assessmentId, stood);
            revoked.put(assessment.assessmentId, ofAssessment.stream()
                    .filter(s -> s.status == StrikeStatus.REVOKED)
                    .filter(s -> stood.stream().noneMatch(k -> k.strike().getMetric().equals(s.metric)))
                    .filter(s -> s.revokedByRevision != null && s.revokedByRevision <= assessment.revision)
                    .toList());
        }
        return new LadderAsKnown(asOf, known, standing, revoked);
    }

    /** The id of the stored strike of that metric: the standing one, else the latest revoked one. */
    private static UUID storedId(List<StrikeEntity> ofAssessment, String metric) {
        return ofAssessment.stream().filter(s -> s.metric.equals(metric))
                .max(Comparator.comparing((StrikeEntity s) -> s.status == StrikeStatus.ACTIVE)
                        .thenComparing(s -> s.createdAt))
                .map(s -> s.strikeId).orElse(null);
    }

    /** A stored assessment as a rung of the ladder, decided by the given rules. */
    public static Rung rung(AssessmentEntity assessment, RuleSet ruleSet) {
        List<MetricResult> results = assessment.metrics.stream().map(metric -> metric.result()).toList();
        return new Rung(assessment.periodStart, assessment.periodEnd, assessment.assessedOn, results, ruleSet);
    }

    private void reconcile(SellerEntity seller, AssessmentEntity assessment, List<StrikeEntity> existing,
                           List<Strike> decided) {
        List<StrikeEntity> unmatched = new ArrayList<>(existing);
        for (Strike strike : decided) {
            StrikeEntity entity = unmatched.stream().filter(e -> e.metric.equals(strike.getMetric())).findFirst()
                    .orElseGet(() -> newStrike(seller, assessment));
            unmatched.remove(entity);
            strikes.persist(decidedAs(entity, strike));
        }
        for (StrikeEntity revoked : unmatched) {
            revoked.status = StrikeStatus.REVOKED;
            revoked.revokedByRevision = assessment.revision;
        }
        strikes.flush();
    }

    /** The strikes the rules issued for a new assessment, as rows not yet stored: for a run that writes them in bulk. */
    public static List<StrikeEntity> issued(SellerEntity seller, AssessmentEntity assessment, List<Strike> decided) {
        return decided.stream().map(strike -> decidedAs(newStrike(seller, assessment), strike)).toList();
    }

    private static StrikeEntity decidedAs(StrikeEntity entity, Strike strike) {
        entity.metric = strike.getMetric();
        entity.position = strike.getPosition();
        entity.number = strike.getNumber();
        entity.issuedOn = strike.getIssuedOn();
        entity.expiresOn = strike.getExpiresOn();
        entity.penalty = strike.getPenalty();
        entity.minimumDeactivationDays = strike.getMinimumDeactivationDays();
        entity.planOfActionRequired = strike.isPlanOfActionRequired();
        return entity;
    }

    private static StrikeEntity newStrike(SellerEntity seller, AssessmentEntity assessment) {
        StrikeEntity entity = new StrikeEntity();
        entity.strikeId = UUID.randomUUID();
        entity.seller = seller;
        entity.assessmentId = assessment.assessmentId;
        entity.status = StrikeStatus.ACTIVE;
        entity.createdAt = Instant.now();
        return entity;
    }
}
