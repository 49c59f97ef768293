package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetHistory;
import com.marketplace.sellerperformance.facts.Measurement;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.ladder.KnownLadder;
import com.marketplace.sellerperformance.fbaonsite.ladder.StrikeLadder;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.MetricResultEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeRepository;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.rules.PenaltyLadder;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingService;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import com.marketplace.sellerperformance.fbaonsite.standing.StrikeView;
import com.marketplace.sellerperformance.records.SubjectLock;
import com.marketplace.sellerperformance.problems.BadInputException;
import com.marketplace.sellerperformance.records.Caller;
import com.marketplace.sellerperformance.problems.ConflictException;
import com.marketplace.sellerperformance.problems.FieldError;
import com.marketplace.sellerperformance.problems.InputCheck;
import com.marketplace.sellerperformance.problems.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assesses sellers' FBA Onsite periods and records the decisions: one request's submission or a
 * run's chunk of them, both by {@link #assessAll}.
 */
@ApplicationScoped
public class AssessmentService {
    private final Caller caller;
    private final FbaOnsiteRules fbaOnsite;
    private final ActiveRuleSet rules;
    private final SubjectLock locks;
    private final NewWeeks newWeeks;
    private final SellerRepository sellers;
    private final AssessmentRepository assessments;
    private final RecordedPast past;
    private final PenaltyLadder penaltyLadder;
    private final StrikeLadder ladder;
    private final StrikeRepository strikes;
    private final StandingService standings;
    private final RuleSetHistory ruleSets;
    private final ObjectMapper json;
    private final InputCheck input;

    public AssessmentService(FbaOnsiteRules fbaOnsite, ActiveRuleSet rules, SubjectLock locks, NewWeeks newWeeks,
                             InputCheck input,
                             SellerRepository sellers, AssessmentRepository assessments,
                             RecordedPast past, PenaltyLadder penaltyLadder, StrikeLadder ladder, StrikeRepository strikes,
                             StandingService standings, RuleSetHistory ruleSets, ObjectMapper json, Caller caller) {
        this.fbaOnsite = fbaOnsite;
        this.input = input;
        this.rules = rules;
        this.locks = locks;
        this.newWeeks = newWeeks;
        this.sellers = sellers;
        this.assessments = assessments;
        this.past = past;
        this.penaltyLadder = penaltyLadder;
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
        Settled settled = assessAll(List.of(submission)).get(0);
        if (settled.refused() != null) {
            throw settled.refused();
        }
        if (settled.week() == null) {
            AssessmentEntity latest = latestOf(onRecord(submission).orElseThrow());
            return new Outcome(view(latest, latest.seller), false);
        }
        NewWeek week = settled.week();
        return new Outcome(AssessmentView.of(week.assessment(), week.seller().sellerId,
                week.strikes().stream().map(StrikeView::of).toList(), settled.standing(), true), true);
    }

    /**
     * What one submission came to: its new week with the seller's standing on the assessment day, or
     * nothing new for the same facts again, or the bad input or conflict that refused it.
     */
    public record Settled(NewWeek week, StandingView standing, RuntimeException refused) {
        public boolean repeated() {
            return week == null && refused == null;
        }
    }

    /**
     * Decides and stores submissions together, in the caller's transaction, as one request would each
     * of them: the sellers are locked at once, their record read ahead with one query per table,
     * each submission decided from it in memory and the new weeks stored in bulk. A seller's second
     * submission is decided in a second round, after the first is stored. Bad input and conflicts are
     * answered per submission, with nothing written for it; answers are in the order given.
     */
    public List<Settled> assessAll(List<FbaSubmission> submissions) {
        locks.lockAll(SubjectLock.Kind.SELLER, submissions.stream().map(FbaSubmission::sellerId)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)));
        Map<String, Integer> earlier = new HashMap<>();
        int[] round = new int[submissions.size()];
        for (int i = 0; i < submissions.size(); i++) {
            String sellerId = submissions.get(i).sellerId();
            round[i] = sellerId == null ? 0 : earlier.merge(sellerId, 1, Integer::sum) - 1;
        }
        Settled[] settled = new Settled[submissions.size()];
        for (int r = 0; r <= Arrays.stream(round).max().orElse(0); r++) {
            Map<String, LocalDate> readAhead = new HashMap<>();
            List<Integer> inRound = new ArrayList<>();
            for (int i = 0; i < submissions.size(); i++) {
                if (round[i] == r) {
                    inRound.add(i);
                    if (submissions.get(i).sellerId() != null) {
                        readAhead.put(submissions.get(i).sellerId(), submissions.get(i).periodStart());
                    }
                }
            }
            ChunkPast past = newWeeks.read(readAhead);
            List<NewWeek> weeks = new ArrayList<>();
            List<Integer> stored = new ArrayList<>();
            for (int i : inRound) {
                FbaSubmission submission = submissions.get(i);
                try {
                    Optional<NewWeek> week = decideAhead(submission, past.of(submission.sellerId()));
                    if (week.isPresent()) {
                        weeks.add(week.get());
                        stored.add(i);
                    } else {
                        settled[i] = new Settled(null, null, null);
                    }
                } catch (BadInputException | ConflictException refused) {
                    settled[i] = new Settled(null, null, refused);
                }
            }
            List<StandingView> standings = newWeeks.store(weeks, past);
            for (int k = 0; k < stored.size(); k++) {
                settled[stored.get(k)] = new Settled(weeks.get(k), standings.get(k), null);
            }
        }
        return List.of(settled);
    }

    /** What {@link #assess} would store, without writing or locking anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentView preview(FbaSubmission submission) {
        FbaSubmission checked = checked(submission);
        Decided decided = decide(checked, past.of(sellers.findBySellerId(checked.sellerId())));
        decided.assessment().assessmentId = null;
        List<StrikeView> wouldIssue = decided.struck().strikes().stream().map(StrikeView::proposed).toList();
        return AssessmentView.of(decided.assessment(), checked.sellerId(), wouldIssue, null, false);
    }

    /**
     * The original assessment of the same period; a conflict when the period overlaps or precedes a
     * period already assessed.
     */
    private Optional<AssessmentEntity> onRecord(FbaSubmission submission) {
        return originalOf(submission, past.of(sellers.findBySellerId(submission.sellerId())));
    }

    private Optional<AssessmentEntity> originalOf(FbaSubmission submission, SellerPast past) {
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
        FbaSubmission stored = factsOf(original);
        boolean dayMatches = submission.assessedOn() == null || submission.assessedOn().equals(original.assessedOn);
        return dayMatches
                && stored.canonical().withAssessmentDay(null).equals(submission.canonical().withAssessmentDay(null));
    }

    private String conflict(AssessmentEntity original, FbaSubmission submission) {
        return "The period " + describe(original) + " of seller " + submission.sellerId()
                + " is already assessed (assessment " + original.assessmentId + ") with other facts;"
                + " to correct it, appeal that assessment";
    }

    /** A seller's new week with its strikes, decided and not yet stored; {@code seller.id} is null for a new seller. */
    public record NewWeek(SellerEntity seller, AssessmentEntity assessment, List<StrikeEntity> strikes) {
    }

    /**
     * What {@link #submit} decides, from a past the caller read ahead, touching no database: empty
     * for the same facts again, a conflict or bad input thrown as {@link #submit} throws them, else
     * the new week for the caller to store (a run stores its chunk's weeks in bulk). The caller
     * holds the seller's lock.
     */
    public Optional<NewWeek> decideAhead(FbaSubmission submission, SellerPast past) {
        FbaSubmission checked = checked(submission);
        Optional<AssessmentEntity> original = originalOf(checked, past);
        if (original.isPresent()) {
            if (sameFacts(original.get(), checked)) {
                return Optional.empty();
            }
            throw new ConflictException(conflict(original.get(), checked));
        }
        Decided decided = decide(checked, past);
        SellerEntity seller = past.seller();
        if (seller == null) {
            seller = new SellerEntity();
            seller.sellerId = checked.sellerId();
            seller.firstSeenAt = Instant.now();
        }
        AssessmentEntity assessment = decided.assessment();
        assessment.seller = seller;
        assessment.createdBy = caller.name();
        return Optional.of(new NewWeek(seller, assessment,
                StrikeLadder.issued(seller, assessment, decided.struck().strikes())));
    }

    /** The latest revision of a stored assessment, when a repeat names its original. */
    private AssessmentEntity latestOf(AssessmentEntity original) {
        return assessments.findLatest(original.assessmentId).orElse(original);
    }

    /** The latest revision with its strikes and the seller's standing on the assessment day. */
    public AssessmentView view(AssessmentEntity assessment, SellerEntity seller) {
        return view(assessment, seller, standings.standingOn(seller, assessment.assessedOn));
    }

    private AssessmentView view(AssessmentEntity assessment, SellerEntity seller, StandingView standing) {
        List<StrikeView> issued = strikes.findAllOf(assessment.assessmentId).stream().map(StrikeView::of).toList();
        return AssessmentView.of(assessment, seller.sellerId, issued, standing, true);
    }

    /**
     * An earlier revision as it decided: the ladder climbed with this revision and what else was
     * decided before the next revision replaced it, and the standing on the assessment day then.
     */
    private AssessmentView asDecided(AssessmentEntity revision, AssessmentEntity next) {
        LocalDate lastDayInForce = next.decidedOn.minusDays(1);
        KnownLadder known = ladder.asKnownOn(revision.seller,
                lastDayInForce.isBefore(revision.decidedOn) ? revision.decidedOn : lastDayInForce, revision);
        return AssessmentView.of(revision, revision.seller.sellerId, strikesOf(known, revision.assessmentId),
                standings.standingsOf(revision.seller, known).apply(revision.assessedOn), true)
                .supersededBy(next.revision);
    }

    private static List<StrikeView> strikesOf(KnownLadder known, UUID assessmentId) {
        List<StrikeView> shown = new ArrayList<>();
        known.standing().getOrDefault(assessmentId, List.of()).forEach(s -> shown.add(StrikeView.asKnown(s)));
        known.revoked().getOrDefault(assessmentId, List.of()).forEach(s -> shown.add(StrikeView.of(s)));
        return shown;
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
            KnownLadder known = ladder.asKnownOn(seller, asOf, null);
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

    private record Decided(AssessmentEntity assessment, FbaOnsiteRules.Struck struck) {
    }

    /**
     * A new revision of a stored assessment from corrected facts, measured by the rules that made the
     * revision it corrects; its strikes are left to {@link StrikeLadder#replayFrom}.
     */
    public AssessmentEntity revise(AssessmentEntity latest, FbaSubmission corrected, UUID appealId,
                                   LocalDate decidedOn) {
        Map<String, BigDecimal> targets = latest.returnTargets != null ? latest.returnTargets
                : past.of(Optional.of(latest.seller)).returnTargets();
        FbaDecision decision = fbaOnsite.measure(ruleSets.version(latest.ruleSetVersion), corrected,
                QuarterlyTargets.facts(targets));
        AssessmentEntity revision = toEntity(corrected, decision, decision.firedRules(), targets);
        revision.decidedOn = decidedOn.isBefore(latest.decidedOn) ? latest.decidedOn : decidedOn;
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

    /**
     * Measures the facts, then lets the ladder decide their strikes as the seller's next rung. A
     * period assessed on a day before an earlier period's assessment day is refused: strikes are
     * numbered in the order they are issued, and the ladder climbs in period order.
     */
    private Decided decide(FbaSubmission submission, SellerPast past) {
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
        FbaOnsiteRules.Struck struck = penaltyLadder.climb(List.of(new PenaltyLadder.Rung(submission.periodStart(),
                        submission.periodEnd(), measured.assessedOn(), measured.metrics(), ruleSet)),
                past.standingStrikes(), past.deactivatingDays(submission.periodStart(), submission.periodEnd())).get(0);
        Set<String> fired = new LinkedHashSet<>(measured.firedRules());
        fired.addAll(struck.firedRules());
        return new Decided(toEntity(submission, measured, List.copyOf(fired), targets), struck);
    }

    private AssessmentEntity toEntity(FbaSubmission submission, FbaDecision decision, List<String> firedRules,
                                      Map<String, BigDecimal> targets) {
        AssessmentEntity assessment = new AssessmentEntity();
        assessment.assessmentId = UUID.randomUUID();
        assessment.revision = 1;
        assessment.program = FbaOnsiteRules.PROGRAM;
        assessment.periodStart = submission.periodStart();
        assessment.periodEnd = submission.periodEnd();
        assessment.assessedOn = decision.assessedOn();
        assessment.decidedOn = decision.assessedOn();
        assessment.returnTargets = new TreeMap<>(targets);
        assessment.inputFacts = json.valueToTree(submission.canonical());
        assessment.ruleSetVersion = decision.ruleSetVersion();
        assessment.firedRules = new ArrayList<>(firedRules);
        assessment.createdAt = Instant.now();
        decision.metrics().forEach(result -> assessment.addMetric(toEntity(result)));
        return assessment;
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
