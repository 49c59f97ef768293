package com.marketplace.sellerperformance.serviceproviders.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.scenario.Expectations;
import com.marketplace.sellerperformance.engine.scenario.ProgramScenarios;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceProviderRules;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Services scenarios: each evaluation's facts given to the rules, its statuses compared. */
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
    }
}
