package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.fbaonsite.ladder.LadderHistory;
import com.marketplace.sellerperformance.fbaonsite.ladder.StrikeLadder;
import com.marketplace.sellerperformance.fbaonsite.ladder.StrikeView;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingService;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;

import com.marketplace.sellerperformance.web.Caller;
import com.marketplace.sellerperformance.web.FieldError;

import com.marketplace.sellerperformance.web.NotFoundException;

import com.marketplace.sellerperformance.web.ConflictException;

import com.marketplace.sellerperformance.web.BadInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.RuleSetHistory;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.MetricResultEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.ReturnTargetRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeRepository;
import com.marketplace.sellerperformance.facts.Measurement;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.facts.QuarterlyReturnTarget;

/** Assesses a seller's FBA Onsite period and records the decision, one seller at a time. */
@ApplicationScoped
public class AssessmentService {
    private final Caller caller;
    private final FbaOnsiteRules policy;
    private final ActiveRuleSet rules;
    private final SellerRepository sellers;
    private final AssessmentRepository assessments;
    private final ReturnTargetRepository returnTargets;
    private final StrikeLadder ladder;
    private final StrikeRepository strikes;
    private final StandingService standings;
    private final RuleSetHistory ruleSets;
    private final ObjectMapper json;

    public AssessmentService(FbaOnsiteRules policy, ActiveRuleSet rules, SellerRepository sellers,
                                AssessmentRepository assessments, ReturnTargetRepository returnTargets,
                                StrikeLadder ladder, StrikeRepository strikes, StandingService standings,
                                RuleSetHistory ruleSets, ObjectMapper json, Caller caller) {
        this.policy = policy;
        this.rules = rules;
        this.sellers = sellers;
        this.assessments = assessments;
        this.returnTargets = returnTargets;
        this.ladder = ladder;
        this.strikes = strikes;
        this.standings = standings;
        this.ruleSets = ruleSets;
        this.json = json;
        this.caller = caller;
    }

    /** The assessment and whether this call created it (false: the same facts were already assessed). */
    public record Outcome(AssessmentView assessment, boolean created) {
    }

    @Transactional
    public Outcome assess(FbaSubmission submission) {
        FbaSubmission canonical = canonical(submission);
        sellers.lockForUpdate(canonical.sellerId());
        Optional<SellerEntity> known = sellers.findBySellerId(canonical.sellerId());
        if (known.isPresent()) {
            Optional<AssessmentEntity> repeat = findRepeat(known.get(), canonical);
            if (repeat.isPresent()) {
                return new Outcome(view(repeat.get(), known.get()), false);
            }
        }
        Decided decided = decide(canonical, known);
        AssessmentEntity assessment = decided.assessment();
        SellerEntity seller = known.orElseGet(() -> sellers.findOrCreate(canonical.sellerId()));
        assessment.seller = seller;
        assessment.createdBy = caller.name();
        assessments.persist(assessment);
        ladder.record(seller, assessment, decided.decision().strikes());
        return new Outcome(view(assessment, seller), true);
    }

    /** The stored revision with its strikes and the seller's standing on the assessment day. */
    public AssessmentView view(AssessmentEntity assessment, SellerEntity seller) {
        List<StrikeView> issued = strikes.findAllOf(assessment.assessmentId).stream().map(StrikeView::of).toList();
        return AssessmentView.of(assessment, seller.sellerId, issued,
                standings.standingOn(seller, assessment.assessedOn), true);
    }

    /** What {@link #assess} would store, without writing or locking anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentView preview(FbaSubmission submission) {
        FbaSubmission canonical = canonical(submission);
        Decided decided = decide(canonical, sellers.findBySellerId(canonical.sellerId()));
        AssessmentEntity assessment = decided.assessment();
        assessment.assessmentId = null;
        List<StrikeView> wouldIssue = decided.decision().strikes().stream().map(StrikeView::proposed).toList();
        return AssessmentView.of(assessment, canonical.sellerId(), wouldIssue, null, false);
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
        return view(assessment, assessment.seller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentView> findBySeller(String sellerId) {
        SellerEntity seller = sellers.findBySellerId(sellerId)
                .orElseThrow(() -> new NotFoundException("No seller " + sellerId + " has been seen"));
        java.util.function.Function<java.time.LocalDate, StandingView> standingOn = standings.standingsOf(seller);
        java.util.Map<UUID, List<StrikeView>> strikesByAssessment = new java.util.HashMap<>();
        strikes.findAllOf(seller).forEach(strike -> strikesByAssessment
                .computeIfAbsent(strike.assessmentId, id -> new ArrayList<>()).add(StrikeView.of(strike)));
        return assessments.findLatestBySeller(seller, FbaOnsiteRules.PROGRAM).stream()
                .map(assessment -> AssessmentView.of(assessment, sellerId,
                        strikesByAssessment.getOrDefault(assessment.assessmentId, List.of()),
                        standingOn.apply(assessment.assessedOn), true))
                .toList();
    }

    private record Decided(AssessmentEntity assessment, FbaDecision decision) {
    }

    /**
     * A new revision of a stored assessment from corrected facts, decided by the rules that made the
     * revision it corrects; its strikes are left to {@link StrikeLadder#replayFrom}.
     */
    public AssessmentEntity revise(AssessmentEntity latest, FbaSubmission corrected, UUID appealId) {
        FbaDecision decision = policy.decide(ruleSets.version(latest.ruleSetVersion), canonical(corrected),
                quarterlyTargets(Optional.of(latest.seller)), LadderHistory.none());
        AssessmentEntity revision = toEntity(canonical(corrected), decision);
        revision.assessmentId = latest.assessmentId;
        revision.revision = latest.revision + 1;
        revision.seller = latest.seller;
        revision.appealId = appealId;
        revision.createdBy = caller.name();
        assessments.persist(revision);
        assessments.flush();
        return revision;
    }

    public FbaSubmission factsOf(AssessmentEntity assessment) {
        try {
            return json.treeToValue(assessment.inputFacts, FbaSubmission.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored facts of assessment " + assessment.assessmentId
                    + " cannot be read back", e);
        }
    }

    private List<QuarterlyReturnTarget> quarterlyTargets(Optional<SellerEntity> seller) {
        return seller.map(returnTargets::findBySeller).orElse(List.of()).stream()
                .map(target -> new QuarterlyReturnTarget(target.quarter, target.target))
                .toList();
    }

    private Decided decide(FbaSubmission submission, Optional<SellerEntity> seller) {
        LadderHistory history = ladder.historyForNext(seller, submission.periodStart(), submission.periodEnd());
        FbaDecision decision = policy.decide(rules.current(), submission, quarterlyTargets(seller), history);
        return new Decided(toEntity(submission, decision), decision);
    }

    private AssessmentEntity toEntity(FbaSubmission submission, FbaDecision decision) {
        AssessmentEntity assessment = new AssessmentEntity();
        assessment.assessmentId = UUID.randomUUID();
        assessment.revision = 1;
        assessment.program = FbaOnsiteRules.PROGRAM;
        assessment.periodStart = submission.periodStart();
        assessment.periodEnd = submission.periodEnd();
        assessment.assessedOn = decision.assessedOn();
        assessment.inputFacts = json.valueToTree(submission);
        assessment.ruleSetVersion = decision.ruleSetVersion();
        assessment.firedRules = new ArrayList<>(decision.firedRules());
        assessment.createdAt = Instant.now();
        decision.metrics().forEach(result -> assessment.addMetric(toEntity(result)));
        return assessment;
    }

    /**
     * The stored assessment when the same period arrives again with the same facts; a conflict when
     * it arrives with other facts, or overlaps or precedes a period already assessed.
     */
    private Optional<AssessmentEntity> findRepeat(SellerEntity seller, FbaSubmission submission) {
        List<AssessmentEntity> overlappingOrLater =
                assessments.findOriginalsOverlappingOrAfter(seller, FbaOnsiteRules.PROGRAM, submission.periodStart());
        for (AssessmentEntity original : overlappingOrLater) {
            boolean samePeriod = original.periodStart.equals(submission.periodStart())
                    && original.periodEnd.equals(submission.periodEnd());
            if (samePeriod) {
                if (sameFacts(original, submission)) {
                    return Optional.of(assessments.findLatest(original.assessmentId).orElse(original));
                }
                throw new ConflictException("The period " + describe(original) + " of seller " + submission.sellerId()
                        + " is already assessed (assessment " + original.assessmentId + ") with other facts;"
                        + " to correct it, appeal that assessment");
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
        FbaSubmission stored = factsOf(original);
        boolean dayMatches = submission.assessedOn() == null || submission.assessedOn().equals(original.assessedOn);
        return dayMatches && withoutAssessmentDay(stored).equals(withoutAssessmentDay(submission));
    }

    private static FbaSubmission withoutAssessmentDay(FbaSubmission submission) {
        return new FbaSubmission(submission.sellerId(), submission.periodStart(), submission.periodEnd(), null,
                submission.unitsShipped(), submission.unitsLateProcessed(), submission.unitsCancelled(),
                submission.unitsLateHandover(), submission.returnsOrEmpty());
    }

    private static String describe(AssessmentEntity assessment) {
        return assessment.periodStart + " to " + assessment.periodEnd;
    }

    /** Checks what needs no rules, and puts the returns in family order so equal facts compare equal. */
    private static FbaSubmission canonical(FbaSubmission submission) {
        List<FieldError> errors = new ArrayList<>();
        if (submission.periodEnd().isBefore(submission.periodStart())) {
            errors.add(new FieldError("periodEnd", "must not be before periodStart"));
        }
        Set<String> families = new HashSet<>();
        List<FbaSubmission.FamilyReturnsLine> returns = submission.returnsOrEmpty();
        for (int i = 0; i < returns.size(); i++) {
            if (!families.add(returns.get(i).family())) {
                errors.add(new FieldError("returns[" + i + "].family",
                        "the family '" + returns.get(i).family() + "' appears more than once"));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        List<FbaSubmission.FamilyReturnsLine> sorted = returns.stream()
                .sorted(Comparator.comparing(FbaSubmission.FamilyReturnsLine::family))
                .toList();
        return new FbaSubmission(submission.sellerId(), submission.periodStart(), submission.periodEnd(),
                submission.assessedOn(), submission.unitsShipped(), submission.unitsLateProcessed(),
                submission.unitsCancelled(), submission.unitsLateHandover(), sorted);
    }

    private static MetricResultEntity toEntity(MetricResult result) {
        Measurement measurement = result.getMeasurement();
        MetricResultEntity entity = new MetricResultEntity();
        entity.position = measurement.getPosition();
        entity.metric = measurement.getMetric();
        entity.numerator = measurement.getNumerator();
        entity.denominator = measurement.getDenominator();
        entity.rate = measurement.getRate();
        entity.goal = measurement.getGoal();
        entity.comparison = measurement.getComparison();
        entity.allowance = measurement.getAllowance();
        entity.status = result.getStatus();
        return entity;
    }
}
