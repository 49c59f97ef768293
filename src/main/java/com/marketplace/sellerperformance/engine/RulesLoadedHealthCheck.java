package com.marketplace.sellerperformance.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once a compiled rule set is serving; a failed reload shows here but the old set keeps serving. */
@Readiness
@ApplicationScoped
public class RulesLoadedHealthCheck implements HealthCheck {
    private final ActiveRuleSet active;
    private final RuleSetReloader reloader;

    public RulesLoadedHealthCheck(ActiveRuleSet active, RuleSetReloader reloader) {
        this.active = active;
        this.reloader = reloader;
    }

    @Override
    public HealthCheckResponse call() {
        return active.loaded()
                .map(ruleSet -> {
                    var response = HealthCheckResponse.named("rules").up()
                            .withData("version", ruleSet.version())
                            .withData("loadedAt", ruleSet.loadedAt().toString());
                    ReloadOutcome last = reloader.lastReload();
                    if (last != null) {
                        response.withData("lastReload", last.status().name()).withData("lastReloadAt", last.at().toString());
                        if (!last.ok()) {
                            response.withData("lastReloadErrors", String.valueOf(last.errors().size()
                                    + last.failedScenarios().size() + last.coverageBelowMinimum().size()));
                        }
                    }
                    return response.build();
                })
                .orElseGet(() -> HealthCheckResponse.named("rules").down().build());
    }
}
