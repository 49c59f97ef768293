package com.marketplace.sellerperformance.fbaonsite.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.marketplace.sellerperformance.engine.RuleSet;
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
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
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
 * as production, then the standing is asked on the days the scenario names.
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
        int index = 0;
        for (JsonNode step : scenario.path("standings")) {
            LocalDate on = LocalDate.parse(step.path("on").asText());
            StandingRules.Standing standing = standings.decide(ruleSet, on, records);
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
