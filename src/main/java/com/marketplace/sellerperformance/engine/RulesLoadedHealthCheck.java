package com.marketplace.sellerperformance.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once a compiled rule set is serving. */
@Readiness
@ApplicationScoped
public class RulesLoadedHealthCheck implements HealthCheck {
    private final ActiveRuleSet active;

    public RulesLoadedHealthCheck(ActiveRuleSet active) {
        this.active = active;
    }

    @Override
    public HealthCheckResponse call() {
        return active.loaded()
                .map(ruleSet -> HealthCheckResponse.named("rules").up()
                        .withData("version", ruleSet.version())
                        .withData("source", ruleSet.source())
                        .withData("loadedAt", ruleSet.loadedAt().toString())
                        .build())
                .orElseGet(() -> HealthCheckResponse.named("rules").down().build());
    }
}
