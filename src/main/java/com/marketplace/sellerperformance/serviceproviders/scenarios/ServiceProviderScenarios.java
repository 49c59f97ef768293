package com.marketplace.sellerperformance.serviceproviders.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.TemplateCheck;
import com.marketplace.sellerperformance.engine.scenario.Expectations;
import com.marketplace.sellerperformance.engine.scenario.ProgramScenarios;
import com.marketplace.sellerperformance.notices.NoticeKind;
import com.marketplace.sellerperformance.notices.NoticeOutbox;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceProviderRules;
import com.marketplace.sellerperformance.serviceproviders.facts.AccountAction;
import com.marketplace.sellerperformance.serviceproviders.facts.ProviderAccount;
import com.marketplace.sellerperformance.serviceproviders.facts.RefusedAccountAction;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Services scenarios: each evaluation's facts given to the rules, its statuses compared; each change of
 * account status between the days the scenario names is handed on as the notice it makes.
 */
@ApplicationScoped
public class ServiceProviderScenarios implements ProgramScenarios {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final ServiceProviderRules services;

    public ServiceProviderScenarios(ServiceProviderRules services) {
        this.services = services;
    }

    @Override
    public String program() {
        return ServiceProviderRules.PROGRAM;
    }

    @Override
    public void run(RuleSet ruleSet, JsonNode scenario, Expectations expectations) throws IOException {
        String provider = scenario.path("provider").asText("SCENARIO-PROVIDER");
        int index = 0;
        for (JsonNode step : scenario.path("evaluations")) {
            ObjectNode facts = ((ObjectNode) step.path("facts").deepCopy()).put("providerId", provider);
            ServiceProviderRules.PerformanceDecision decision =
                    services.evaluate(ruleSet, JSON.treeToValue(facts, ServiceSubmission.class));
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("performanceStatus", decision.performanceStatus());
            outcome.put("missedMetrics", decision.missedMetrics());
            Map<String, String> statuses = new LinkedHashMap<>();
            decision.metrics().forEach(m -> statuses.put(m.getMetric(), m.getStatus().name()));
            outcome.put("metrics", statuses);
            expectations.compare("evaluations[" + index + "]", step.path("expect"), outcome);
            index++;
        }
        index = 0;
        String before = null;
        for (JsonNode step : scenario.path("accounts")) {
            LocalDate on = LocalDate.parse(step.path("on").asText());
            ServiceProviderRules.AccountDecision decision = services.account(ruleSet, on, actionsUpTo(scenario, on));
            ProviderAccount account = decision.account();
            String status = String.valueOf(account.getStatus());
            if (before != null && !before.equals(status)) {
                expectations.told(statusChanged(provider, before, account, on));
            }
            before = status;
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("accountStatus", account.getStatus());
            outcome.put("since", text(account.getSince()));
            outcome.put("fundsWithheldUntil", text(account.getFundsWithheldUntil()));
            outcome.put("reinstatesOn", text(account.getReinstatesOn()));
            outcome.put("improvementPlanRequired", account.isImprovementPlanRequired());
            outcome.put("automaticActions", decision.automatic().stream()
                    .map(a -> Map.of("action", a.getAction(), "on", a.getOn().toString())).toList());
            outcome.put("refused", decision.refused().stream()
                    .sorted(Comparator.comparingLong(RefusedAccountAction::getSequence))
                    .map(RefusedAccountAction::getReason).toList());
            expectations.compare("accounts[" + index + "]", step.path("expect"), outcome);
            index++;
        }
    }

    private TemplateCheck.Told statusChanged(String provider, String before, ProviderAccount account, LocalDate on) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("previousStatus", before);
        details.put("accountStatus", String.valueOf(account.getStatus()));
        details.put("since", account.getSince());
        details.put("fundsWithheldUntil", account.getFundsWithheldUntil());
        details.put("reinstatesOn", account.getReinstatesOn());
        details.put("improvementPlanRequired", account.isImprovementPlanRequired());
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("kind", NoticeKind.ACCOUNT_STATUS_CHANGED.name());
        notice.put("program", program());
        notice.put("subjectId", provider);
        notice.put("effectiveOn", on);
        notice.put("details", details);
        return new TemplateCheck.Told(program(), NoticeOutbox.NOTICE, NoticeKind.ACCOUNT_STATUS_CHANGED.name(),
                "notice", notice, List.of());
    }

    /** Fresh facts each time: the rules mark actions as applied. */
    private static List<AccountAction> actionsUpTo(JsonNode scenario, LocalDate day) {
        List<AccountAction> actions = new ArrayList<>();
        for (JsonNode action : scenario.path("accountActions")) {
            LocalDate on = LocalDate.parse(action.path("on").asText());
            if (!on.isAfter(day)) {
                actions.add(new AccountAction(actions.size() + 1L, action.path("action").asText(), on,
                        date(action.path("reinstatesOn")), action.path("improvementPlanRequired").asBoolean(false)));
            }
        }
        return actions;
    }

    private static LocalDate date(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
