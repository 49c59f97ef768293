package com.marketplace.sellerperformance.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service with OIDC on against the test Keycloak (src/test/keycloak): the API takes its bearer
 * tokens meant for seller-performance, and the console signs people in there. HTTP Basic stays on.
 */
public class SignedInThroughKeycloak implements QuarkusTestProfile {
    /** The console's client secret in the test realm (src/test/keycloak/seller-performance-realm.json). */
    public static final String CONSOLE_SECRET = "test-only-console-secret-0123456789abcdef";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.console.credentials.secret", CONSOLE_SECRET);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Issuer.class));
    }

    /** The issuer's address, known once Keycloak answers. */
    public static class Issuer implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            KeycloakServer.ready().ifPresent(whyNot -> {
                throw new IllegalStateException(whyNot);
            });
            return Map.of("quarkus.oidc.auth-server-url", KeycloakServer.issuer(KeycloakServer.REALM));
        }

        @Override
        public void stop() {
            // Keycloak outlives the application: every OIDC test of the run shares one start.
        }
    }
}
