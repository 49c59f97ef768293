package com.marketplace.sellerperformance.testing;

import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * When a test run includes tests tagged {@value KeycloakServer#TAG} and no KEYCLOAK_URL is given,
 * Keycloak starts as the run begins, so its minute of start-up passes while other tests run.
 */
public class KeycloakEarlyStart implements TestExecutionListener {
    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        TestTag tag = TestTag.create(KeycloakServer.TAG);
        boolean needed = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(test -> test.getTags().contains(tag));
        if (needed && KeycloakServer.givenFromOutside().isEmpty()) {
            Thread start = new Thread(KeycloakServer::startEarly, "keycloak-early-start");
            start.setDaemon(true);
            start.start();
        }
    }
}
