package com.marketplace.sellerperformance.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class once Keycloak is ready (started here when KEYCLOAK_URL is unset); skips it, the
 * reason printed, only where Keycloak cannot run at all (no JDK 21 or later on the machine).
 */
public class KeycloakAvailable implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the class");
        }
        Optional<String> whyNot = KeycloakServer.ready();
        if (whyNot.isPresent()) {
            String reason = "SKIPPED: no Keycloak for the OIDC tests: " + whyNot.get();
            System.out.println(reason);
            return ConditionEvaluationResult.disabled(reason);
        }
        return ConditionEvaluationResult.enabled("Keycloak answers at " + KeycloakServer.url());
    }
}
