package com.marketplace.sellerperformance.fbaonsite.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.TemplateCheck;
import com.marketplace.sellerperformance.engine.scenario.Expectations;
import com.marketplace.sellerperformance.engine.scenario.ProgramScenarios;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.facts.MetricStatus;
import com.marketplace.sellerperformance.fbaonsite.facts.AccountDeactivation;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckFacts;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.PlanOfActionOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.QuarterlyReturnTarget;
import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.fbaonsite.rules.DecidedStrikes;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.rules.Headroom;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderClimb;
import com.marketplace.sellerperformance.fbaonsite.rules.Rung;
import com.marketplace.sellerperformance.fbaonsite.rules.StandingRules;
import com.marketplace.sellerperformance.fbaonsite.rules.SubmissionFacts;
import com.marketplace.sellerperformance.fbaonsite.notices.PerformanceSummary;
import com.marketplace.sellerperformance.fbaonsite.notices.SellerNotices;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import com.marketplace.sellerperformance.notices.NoticeKind;
import com.marketplace.sellerperformance.notices.NoticeOutbox;
import com.marketplace.sellerperformance.problems.BadInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * FBA Onsite scenarios: the weeks are measured (with each metric's {@link Headroom} where a
 * scenario expects it; a week with an {@code appeal} as decided again after the reviewer accepted
 * it: its counts corrected by the appeal rules first), then walked up the same {@link LadderClimb}
 * as production, then the standing is asked on the days the scenario names. What the decisions
 * tell the seller (each week's summary, each strike issued, each change of standing on the days
 * named) is handed on, so the notice templates are rendered from it.
 */
@ApplicationScoped
public class FbaOnsiteScenarios implements ProgramScenarios {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final FbaOnsiteRules fbaOnsite;
    private final LadderClimb ladder;
    private final StandingRules standings;
    private final Headroom headroom;

    public FbaOnsiteScenarios(FbaOnsiteRules fbaOnsite, LadderClimb ladder, StandingRules standings,
                              Headroom headroom) {
        this.fbaOnsite = fbaOnsite;
        this.ladder = ladder;
        this.standings = standings;
        this.headroom = headroom;
    }

    @Override
    public String program() {
        return FbaOnsiteRules.PROGRAM;
    }

    @Override
    public void run(RuleSet ruleSet, JsonNode scenario, Expectations expectations) throws IOException {
        String seller = scenario.path("seller").asText("SCENARIO-SELLER");
        JsonNode given = scenario.path("given");
        List<QuarterlyReturnTarget> targets = new ArrayList<>();
        given.path("returnTargets").fields().forEachRemaining(target ->
                targets.add(new QuarterlyReturnTarget(target.getKey(), target.getValue().decimalValue())));
        List<DailyCheckOnRecord> checks = new ArrayList<>();
        for (JsonNode check : given.path("dailyChecks")) {
            DailyCheckFacts day = new DailyCheckFacts(LocalDate.parse(check.path("day").asText()),
                    check.path("fastTrackPendingUnits").asLong(), check.path("cancelledUnits").asLong(),
                    check.path("lateProcessedUnits").asLong(), check.path("lateHandoverUnits").asLong(),
                    check.path("affectedUnits").asLong());
            checks.add(new DailyCheckOnRecord(day.getDay(), fbaOnsite.checkDay(ruleSet, day).deactivated()));
        }
        List<PlanOfActionOnRecord> plans = new ArrayList<>();
        long sequence = 1;
        for (JsonNode plan : given.path("plansOfAction")) {
            plans.add(new PlanOfActionOnRecord("plan-" + sequence, sequence++, date(plan, "submittedOn"),
                    date(plan, "decidedOn"), plan.path("approved").asBoolean(false)));
        }

        List<JsonNode> steps = new ArrayList<>();
        scenario.path("assessments").forEach(steps::add);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        List<Map<String, Object>> measuredOutcomes = new ArrayList<>();
        List<Rung> rungs = new ArrayList<>();
        for (JsonNode step : steps) {
            ObjectNode facts = ((ObjectNode) step.path("facts").deepCopy()).put("sellerId", seller);
            FbaSubmission submission = JSON.treeToValue(facts, FbaSubmission.class);
            Map<String, Object> outcome = new LinkedHashMap<>();
            try {
                if (step.has("appeal")) {
                    // The week as decided again once a reviewer accepted the misses: its counts corrected first.
                    JsonNode appeal = step.get("appeal");
                    submission = fbaOnsite.correct(ruleSet, submission, appeal.path("metric").asText(),
                            appeal.path("misses").asLong());
                    outcome.put("corrected", correctedOutcome(submission));
                }
                FbaDecision decision = fbaOnsite.measure(ruleSet, submission, targets);
                outcome.put("assessedOn", decision.assessedOn().toString());
                outcome.put("metrics", statuses(decision.metrics()));
                // Asked only where a scenario expects it: the probes cost more than the week itself.
                if (step.path("expect").has("headroom")) {
                    outcome.put("headroom", headroom.of(ruleSet, SubmissionFacts.of(submission), targets));
                }
                rungs.add(new Rung(submission.periodStart(), submission.periodEnd(),
                        decision.assessedOn(), decision.metrics(), ruleSet));
                measuredOutcomes.add(outcome);
            } catch (BadInputException rejected) {
                outcome.put("rejected", rejected.errors().stream().map(e -> e.field()).toList());
            }
            outcomes.add(outcome);
        }
        List<LocalDate> immediateDays = checks.stream().filter(DailyCheckOnRecord::isDeactivated)
                .map(DailyCheckOnRecord::getDay).toList();
        List<DecidedStrikes> struck = ladder.climb(rungs, List.of(), immediateDays);
        List<StrikeOnRecord> strikes = new ArrayList<>();
        List<AssessmentOnRecord> assessments = new ArrayList<>();
        for (int i = 0; i < rungs.size(); i++) {
            List<Map<String, Object>> issued = new ArrayList<>();
            for (Strike strike : struck.get(i).strikes()) {
                issued.add(strikeOutcome(strike));
                strikes.add(new StrikeOnRecord(UUID.randomUUID().toString(), strike.getMetric(), strike.getNumber(),
                        strike.getIssuedOn(), strike.getExpiresOn(), strike.getPenalty(),
                        strike.getMinimumDeactivationDays(), strike.isPlanOfActionRequired()));
            }
            measuredOutcomes.get(i).put("strikes", issued);
            Rung rung = rungs.get(i);
            assessments.add(new AssessmentOnRecord(rung.assessedOn(),
                    rung.metrics().stream().anyMatch(m -> m.getStatus() == MetricStatus.MISSED)));
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).has("expect")) {
                expectations.compare("assessments[" + i + "]", steps.get(i).get("expect"), outcomes.get(i));
            }
        }

        StandingRules.Records records = new StandingRules.Records(strikes, assessments, checks, plans);
        for (int i = 0; i < rungs.size(); i++) {
            Rung rung = rungs.get(i);
            StandingView standing = view(seller, standings.decide(ruleSet, rung.assessedOn(), records));
            expectations.told(new TemplateCheck.Told(program(), SellerNotices.SUMMARY,
                    NoticeKind.PERFORMANCE_SUMMARY.name(), "summary", summary(seller, rung, struck.get(i), standing),
                    SellerNotices.MESSAGES));
            for (Strike strike : struck.get(i).strikes()) {
                expectations.told(notice(seller, NoticeKind.STRIKE_ISSUED, strike.getIssuedOn(), strikeDetails(strike)));
            }
        }
        StandingRules.Standing before = null;
        int index = 0;
        for (JsonNode step : scenario.path("standings")) {
            LocalDate on = LocalDate.parse(step.path("on").asText());
            StandingRules.Standing standing = standings.decide(ruleSet, on, records);
            tellChanges(seller, before, standing, expectations);
            before = standing;
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("accountStatus", StandingView.AccountStatus.of(standing.deactivated()));
            outcome.put("primeBadge", standing.primeBadge());
            outcome.put("primeEligible", standing.primeEligible());
            outcome.put("activeStrikes", standing.strikesInForce().size());
            outcome.put("penalty", standing.penalty() == null ? null : standing.penalty().name());
            outcome.put("deactivation", standing.deactivation().map(FbaOnsiteScenarios::deactivationOutcome).orElse(null));
            expectations.compare("standings[" + index + "] on " + on, step.path("expect"), outcome);
            index++;
        }
    }

    /** A week's summary as the seller reads it; the texts the bundle writes are left to the templates. */
    private static PerformanceSummary summary(String seller, Rung rung, DecidedStrikes struck, StandingView standing) {
        List<PerformanceSummary.MetricLine> metrics = rung.metrics().stream()
                .map(m -> new PerformanceSummary.MetricLine(m.getMetric(), m.getMeasurement().getRate(),
                        m.getMeasurement().getGoal(), m.getMeasurement().getAllowance(), m.getStatus(),
                        m.getMeasurement().getNumerator(), m.getMeasurement().getDenominator()))
                .toList();
        List<PerformanceSummary.StrikeLine> strikes = struck.strikes().stream()
                .map(s -> new PerformanceSummary.StrikeLine(s.getNumber(), s.getMetric(), s.getPenalty(),
                        s.getIssuedOn(), s.getExpiresOn().minusDays(1), s.getMinimumDeactivationDays()))
                .toList();
        return PerformanceSummary.of(UUID.nameUUIDFromBytes((seller + rung.assessedOn()).getBytes()), 1, seller,
                rung.assessedOn(), rung.period().getStart(), rung.period().getEnd(), null, metrics, strikes, standing);
    }

    private static StandingView view(String seller, StandingRules.Standing standing) {
        return new StandingView(seller, standing.on(), StandingView.AccountStatus.of(standing.deactivated()),
                standing.primeBadge(), standing.primeEligible(), standing.strikesInForce().size(), List.of(),
                standing.deactivation().map(d -> new StandingView.DeactivationView(d.getReason(), d.getSince(),
                        d.getMinimumUntil(), d.isPlanOfActionRequired(), d.getPlanOfActionStatus(),
                        d.getReactivatesOn())).orElse(null), standing.penalty());
    }

    /** The notices a change of standing between two days named by the scenario makes (the first day against none). */
    private void tellChanges(String seller, StandingRules.Standing before, StandingRules.Standing now,
                             Expectations expectations) {
        boolean wasDeactivated = before != null && before.deactivated();
        boolean hadBadge = before == null || before.primeBadge();
        Map<String, Object> details = new LinkedHashMap<>();
        StandingView view = view(seller, now);
        details.put("accountStatus", view.accountStatus().name());
        details.put("primeBadge", view.primeBadge());
        details.put("activeStrikes", view.activeStrikes());
        details.put("penalty", view.penalty() == null ? null : view.penalty().name());
        details.put("deactivation", view.deactivation());
        if (now.deactivated() != wasDeactivated) {
            expectations.told(notice(seller, now.deactivated() ? NoticeKind.DEACTIVATED : NoticeKind.REACTIVATED,
                    now.on(), details));
        }
        if (now.primeBadge() != hadBadge) {
            expectations.told(notice(seller, now.primeBadge() ? NoticeKind.PRIME_BADGE_RESTORED
                    : NoticeKind.PRIME_BADGE_REMOVED, now.on(), details));
        }
    }

    private TemplateCheck.Told notice(String seller, NoticeKind kind, LocalDate on, Map<String, Object> details) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("kind", kind.name());
        notice.put("program", program());
        notice.put("subjectId", seller);
        notice.put("effectiveOn", on);
        notice.put("details", details);
        return new TemplateCheck.Told(program(), NoticeOutbox.NOTICE, kind.name(), "notice", notice, List.of());
    }

    private static Map<String, Object> strikeDetails(Strike strike) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", strike.getNumber());
        details.put("metric", strike.getMetric());
        details.put("issuedOn", strike.getIssuedOn());
        details.put("expiresOn", strike.getExpiresOn());
        details.put("countsUntil", strike.getExpiresOn().minusDays(1));
        details.put("penalty", strike.getPenalty().name());
        return details;
    }

    private static Map<String, String> statuses(List<MetricResult> metrics) {
        Map<String, String> statuses = new LinkedHashMap<>();
        metrics.forEach(m -> statuses.put(m.getMetric(), m.getStatus().name()));
        return statuses;
    }

    private static Map<String, Object> correctedOutcome(FbaSubmission corrected) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("unitsLateProcessed", corrected.unitsLateProcessed());
        outcome.put("unitsCancelled", corrected.unitsCancelled());
        outcome.put("unitsLateHandover", corrected.unitsLateHandover());
        outcome.put("returns", corrected.returnsOrEmpty().stream()
                .map(line -> Map.of("family", line.family(), "returned", line.returned())).toList());
        return outcome;
    }

    private static Map<String, Object> strikeOutcome(Strike strike) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("number", strike.getNumber());
        outcome.put("metric", strike.getMetric());
        outcome.put("issuedOn", strike.getIssuedOn().toString());
        outcome.put("expiresOn", strike.getExpiresOn().toString());
        outcome.put("penalty", strike.getPenalty().name());
        outcome.put("minimumDeactivationDays", strike.getMinimumDeactivationDays());
        return outcome;
    }

    private static Map<String, Object> deactivationOutcome(AccountDeactivation deactivation) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("reason", deactivation.getReason());
        outcome.put("since", String.valueOf(deactivation.getSince()));
        outcome.put("minimumUntil", deactivation.getMinimumUntil() == null ? null : deactivation.getMinimumUntil().toString());
        outcome.put("planOfActionStatus", deactivation.getPlanOfActionStatus());
        outcome.put("reactivatesOn", deactivation.getReactivatesOn() == null ? null : deactivation.getReactivatesOn().toString());
        return outcome;
    }

    private static LocalDate date(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : LocalDate.parse(value.asText());
    }
}
