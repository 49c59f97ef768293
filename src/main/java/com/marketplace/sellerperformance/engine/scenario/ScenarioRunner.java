package com.marketplace.sellerperformance.engine.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import com.marketplace.sellerperformance.fbaonsite.assessment.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.assessment.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.assessment.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.ladder.LadderHistory;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingRules;
import com.marketplace.sellerperformance.engine.RuleEvaluator;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.web.BadInputException;
import com.marketplace.sellerperformance.fbaonsite.facts.AccountDeactivation;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckFacts;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckOnRecord;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.facts.MetricStatus;
import com.marketplace.sellerperformance.fbaonsite.facts.PlanOfActionOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.QuarterlyReturnTarget;
import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.serviceproviders.evaluation.ServiceSubmission;
import com.marketplace.sellerperformance.serviceproviders.evaluation.ServiceProviderRules;

/**
 * Runs the analysts' scenarios (YAML under rules/tests/) against a rule set, in memory: no
 * database, no server. A scenario gives a seller's facts in order and what the rules should make
 * of them; see rules/tests/README.md for the format.
 */
@ApplicationScoped
public class ScenarioRunner {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final FbaOnsiteRules fba;
    private final StandingRules standings;
    private final ServiceProviderRules services;

    public ScenarioRunner(RuleEvaluator evaluator) {
        this.fba = new FbaOnsiteRules(evaluator);
        this.standings = new StandingRules(evaluator);
        this.services = new ServiceProviderRules(evaluator);
    }

    /** Every scenario file under the directory, in path order; none when it does not exist. */
    public List<ScenarioResult> runAll(RuleSet ruleSet, Path scenarios) {
        if (!Files.isDirectory(scenarios)) {
            return List.of();
        }
        List<ScenarioResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.walk(scenarios)) {
            for (Path file : files.filter(ScenarioRunner::isScenario).sorted().toList()) {
                results.add(run(ruleSet, scenarios.relativize(file).toString(), Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenarios in " + scenarios, e);
        }
        return results;
    }

    /** One line for a failed scenario: file, name and each mismatch. */
    public static String describe(ScenarioResult result) {
        return result.file() + ": " + result.name() + " — " + String.join("; ",
                result.mismatches().stream().map(Object::toString).toList());
    }

    private static boolean isScenario(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    public ScenarioResult run(RuleSet ruleSet, String file, String yaml) {
        JsonNode scenario;
        try {
            scenario = ScenarioYaml.read(yaml);
        } catch (RuntimeException e) {
            return broken(file, file, "the file is not valid YAML: " + e.getMessage());
        }
        String name = scenario.path("name").asText(file);
        List<ScenarioResult.Mismatch> mismatches = new ArrayList<>();
        try {
            String program = scenario.path("program").asText(FbaOnsiteRules.PROGRAM);
            if (FbaOnsiteRules.PROGRAM.equals(program)) {
                runFbaOnsite(ruleSet, scenario, mismatches);
            } else if (ServiceProviderRules.PROGRAM.equals(program)) {
                runServices(ruleSet, scenario, mismatches);
            } else {
                return broken(file, name, "unknown program '" + program + "'");
            }
        } catch (IOException | IllegalArgumentException e) {
            return broken(file, name, "the scenario cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            return broken(file, name, "the rules failed: " + e);
        }
        return new ScenarioResult(file, name, mismatches);
    }

    private static ScenarioResult broken(String file, String name, String reason) {
        return new ScenarioResult(file, name, List.of(new ScenarioResult.Mismatch("scenario", "to run", reason)));
    }

    private void runFbaOnsite(RuleSet ruleSet, JsonNode scenario, List<ScenarioResult.Mismatch> mismatches)
            throws IOException {
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
            checks.add(new DailyCheckOnRecord(day.getDay(), fba.checkDay(ruleSet, day).deactivated()));
        }
        List<PlanOfActionOnRecord> plans = new ArrayList<>();
        long sequence = 1;
        for (JsonNode plan : given.path("plansOfAction")) {
            plans.add(new PlanOfActionOnRecord("plan-" + sequence, sequence++, date(plan, "submittedOn"),
                    date(plan, "decidedOn"), plan.path("approved").asBoolean(false)));
        }

        List<StrikeOnRecord> strikes = new ArrayList<>();
        List<AssessmentOnRecord> assessments = new ArrayList<>();
        int index = 0;
        for (JsonNode step : scenario.path("assessments")) {
            ObjectNode facts = ((ObjectNode) step.path("facts").deepCopy()).put("sellerId", seller);
            FbaSubmission submission = JSON.treeToValue(facts, FbaSubmission.class);
            List<LocalDate> immediateDays = checks.stream().filter(DailyCheckOnRecord::isDeactivated)
                    .map(DailyCheckOnRecord::getDay)
                    .filter(d -> !d.isBefore(submission.periodStart()) && !d.isAfter(submission.periodEnd()))
                    .toList();
            Map<String, Object> outcome = new LinkedHashMap<>();
            try {
                FbaDecision decision = fba.decide(ruleSet, submission, targets,
                        new LadderHistory(List.copyOf(strikes), immediateDays));
                outcome.put("assessedOn", decision.assessedOn().toString());
                outcome.put("metrics", statuses(decision.metrics()));
                List<Map<String, Object>> issued = new ArrayList<>();
                for (Strike strike : decision.strikes()) {
                    issued.add(strikeOutcome(strike));
                    strikes.add(new StrikeOnRecord(UUID.randomUUID().toString(), strike.getMetric(),
                            strike.getNumber(), strike.getIssuedOn(), strike.getExpiresOn(), strike.getPenalty(),
                            strike.getMinimumDeactivationDays(), strike.isPlanOfActionRequired()));
                }
                outcome.put("strikes", issued);
                assessments.add(new AssessmentOnRecord(decision.assessedOn(),
                        decision.metrics().stream().anyMatch(m -> m.getStatus() == MetricStatus.MISSED)));
            } catch (BadInputException rejected) {
                outcome.put("rejected", rejected.errors().stream().map(e -> e.field()).toList());
            }
            if (step.has("expect")) {
                Expectations.compare("assessments[" + index + "]", step.get("expect"), JSON.valueToTree(outcome),
                        mismatches);
            }
            index++;
        }

        StandingRules.Records records = new StandingRules.Records(strikes, assessments, checks, plans);
        index = 0;
        for (JsonNode step : scenario.path("standings")) {
            LocalDate on = LocalDate.parse(step.path("on").asText());
            StandingRules.Standing standing = standings.decide(ruleSet, on, records);
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("accountStatus", standing.deactivated() ? "DEACTIVATED" : "ACTIVE");
            outcome.put("primeBadge", standing.primeBadge());
            outcome.put("primeEligible", standing.primeEligible());
            outcome.put("activeStrikes", standing.strikesInForce().size());
            outcome.put("penalty", standing.penalty() == null ? null : standing.penalty().name());
            outcome.put("deactivation", standing.deactivation().map(ScenarioRunner::deactivationOutcome).orElse(null));
            Expectations.compare("standings[" + index + "] on " + on, step.path("expect"), JSON.valueToTree(outcome),
                    mismatches);
            index++;
        }
    }

    private void runServices(RuleSet ruleSet, JsonNode scenario, List<ScenarioResult.Mismatch> mismatches)
            throws IOException {
        String provider = scenario.path("provider").asText("SCENARIO-PROVIDER");
        int index = 0;
        for (JsonNode step : scenario.path("evaluations")) {
            ObjectNode facts = ((ObjectNode) step.path("facts").deepCopy()).put("providerId", provider);
            ServiceProviderRules.PerformanceDecision decision =
                    services.evaluate(ruleSet, JSON.treeToValue(facts, ServiceSubmission.class));
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("performanceStatus", decision.performanceStatus());
            outcome.put("missedMetrics", decision.missedMetrics());
            outcome.put("metrics", statuses(decision.metrics()));
            Expectations.compare("evaluations[" + index + "]", step.path("expect"), JSON.valueToTree(outcome),
                    mismatches);
            index++;
        }
    }

    private static Map<String, String> statuses(List<MetricResult> metrics) {
        Map<String, String> statuses = new LinkedHashMap<>();
        metrics.forEach(m -> statuses.put(m.getMetric(), m.getStatus().name()));
        return statuses;
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
