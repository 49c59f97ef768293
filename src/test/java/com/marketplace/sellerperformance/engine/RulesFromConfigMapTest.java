package com.marketplace.sellerperformance.engine;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.engine.ConfigMapVolume;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The policy mounted from a ConfigMap, as in Kubernetes: the watcher sees the kubelet swap the
 * ..data link and reloads, with the scenarios mounted beside the rules.
 */
@QuarkusTest
@TestProfile(RulesFromConfigMapTest.MountedRules.class)
class RulesFromConfigMapTest {
    static final Path MOUNT = Path.of("target", "configmap-test-rules").toAbsolutePath();
    static final Map<String, String> SHIPPED = ConfigMapVolume.filesOf(FixedRules.DIR);
    static final String SHIPPED_VERSION = ConfigMapVolume.versionOf(SHIPPED);
    static final String GOALS = "fba-onsite/tables/goals.drl";

    public static class MountedRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            ConfigMapVolume.recreate(MOUNT, SHIPPED);
            return Map.of("rules.dir", MOUNT.toString(), "rules.watch-interval", "200ms");
        }
    }

    @AfterEach
    void publishTheShippedRulesAgain() {
        new ConfigMapVolume(MOUNT).publish(SHIPPED);
        awaitRules(view -> view.getString("version").equals(SHIPPED_VERSION)
                && "OK".equals(view.getString("lastReload.status")));
    }

    @Test
    void theMountedPolicyServesWithEveryFileOnce() {
        JsonPath view = rules();
        assertEquals(SHIPPED.keySet().stream().filter(path -> !path.startsWith("tests/")).count(),
                (long) view.getList("files").size());
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rules' }.data.version", equalTo(view.getString("version")));
    }

    @Test
    void anEditedConfigMapIsReloadedAndItsVersionShowsInReadiness() {
        String before = rules().getString("version");
        Map<String, String> edited = new TreeMap<>(SHIPPED);
        edited.put(GOALS, SHIPPED.get(GOALS) + "\n// reviewed by the policy team\n");
        new ConfigMapVolume(MOUNT).publish(edited);

        JsonPath after = awaitRules(view -> !view.getString("version").equals(before));
        assertEquals("OK", after.getString("lastReload.status"));
        assertEquals("rules-watcher", after.getString("lastReload.by"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rules' }.data.version", equalTo(after.getString("version")));
    }

    @Test
    void theMountedScenariosStillGuardAReload() {
        String before = rules().getString("version");
        Map<String, String> edited = new TreeMap<>(SHIPPED);
        edited.put(GOALS, SHIPPED.get(GOALS).replace("\"0.006\"", "\"0.008\""));
        new ConfigMapVolume(MOUNT).publish(edited);

        JsonPath view = awaitRules(v -> "FAILED".equals(v.getString("lastReload.status")));
        assertEquals(before, view.getString("version"));
        given().get("/api/v1/rules").then()
                .body("lastReload.failedScenarios", hasItem(containsString("seven-weeks-walk-the-ladder.yaml")));
        assertNotEquals(0, view.getList("lastReload.failedScenarios").size());
    }

    private static JsonPath rules() {
        return given().get("/api/v1/rules").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitRules(Predicate<JsonPath> condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonPath view = rules();
        while (!condition.test(view)) {
            if (System.nanoTime() > deadline) {
                fail("the rules were not reloaded in 30 s: " + view.prettify());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
            view = rules();
        }
        return view;
    }
}
