package com.marketplace.sellerperformance.rulesets.shadow;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.engine.ShadowRuleSet;
import com.marketplace.sellerperformance.testing.DecisionEventQueue;
import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.ServicesApi;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A shadow rule set with one goal changed decides beside the fixed rules: it disagrees on exactly the
 * sellers that goal changes, and nothing of its own is stored or published.
 */
@QuarkusTest
class ShadowRuleSetTest {
    @Inject
    ShadowRuleSet shadow;

    @Inject
    ShadowInstallation installation;

    private static final String SHADOW = "/api/v1/rules/shadow";
    private static final String RUNS = "/api/v1/fba-onsite/assessment-runs";
    private static final String GOAL = "\"0.006\"),    Comparison.AT_MOST, 2));\n    insert(new MetricGoal(\"SHIPMENT";

    @AfterEach
    void noShadowLeftForOtherTests() {
        given().delete(SHADOW);
    }

    private static Map<String, String> draftWithLateProcessingGoal(String goal) throws IOException {
        Map<String, String> files = FixedRules.files();
        String goals = files.get("fba-onsite/tables/goals.drl");
        assertTrue(goals.contains(GOAL), "the test's anchor is missing from fba-onsite/tables/goals.drl");
        files.put("fba-onsite/tables/goals.drl", goals.replace(GOAL, GOAL.replace("0.006", goal)));
        return files;
    }

    private static ValidatableResponse install(Map<String, String> files) {
        return given().contentType(ContentType.JSON).body(Map.of("files", files)).put(SHADOW).then();
    }

    /** A week of 1000 shipped units with that many processed late: 5 is met at 0.6 % and missed at 0.4 %. */
    private static String assessed(int lateUnits) {
        Submission submission = Submission.forNewSeller().week("2026-07-05").with("unitsLateProcessed", lateUnits);
        FbaApi.submit(submission).statusCode(201);
        return submission.sellerId();
    }

    @Test
    void aShadowWithOneChangedGoalDisagreesExactlyOnTheSellersThatGoalChanges() throws Exception {
        String version = install(draftWithLateProcessingGoal("0.004")).statusCode(200)
                .body("decisions", equalTo(0))
                .extract().path("version");
        try (DecisionEventQueue broker = new DecisionEventQueue()) {
            String twoLate = assessed(2);
            String fourLate = assessed(4);
            String fiveLate = assessed(5);
            String sixLate = assessed(6);
            String sevenLate = assessed(7);
            Submission runFive = Submission.forNewSeller().week("2026-07-05").with("unitsLateProcessed", 5);
            Submission runTwo = Submission.forNewSeller().week("2026-07-05").with("unitsLateProcessed", 2);
            ranToTheEnd(runFive, runTwo);
            String provider = ServicesApi.newProvider();
            String checked = Submission.newSellerId();
            FbaApi.dailyCheck(checked, "2026-07-06", 0, 100).statusCode(201);

            JsonPath shadow = given().get(SHADOW).then().statusCode(200)
                    .body("version", equalTo(version))
                    .body("comparing", equalTo(true))
                    .extract().jsonPath();
            Set<String> disagreeing = shadow.getList("recent.subjectId", String.class).stream().collect(Collectors.toSet());
            // 5 and 6 of 1000 are over 0.4 % but not over 0.6 %; 2 and 4 are met by both, 7 missed by both.
            assertTrue(disagreeing.containsAll(List.of(fiveLate, sixLate, runFive.sellerId())), disagreeing.toString());
            for (String agreeing : List.of(twoLate, fourLate, sevenLate, runTwo.sellerId(), provider, checked)) {
                assertTrue(!disagreeing.contains(agreeing), agreeing + " should agree: " + disagreeing);
            }
            assertEquals(3, shadow.getInt("disagreements"), shadow.prettify());
            assertEquals(7, shadow.getInt("byKind.ASSESSMENT.decisions"));
            assertEquals(1, shadow.getInt("byKind.SERVICES_EVALUATION.decisions"));
            assertEquals(0, shadow.getInt("byKind.SERVICES_EVALUATION.disagreements"));
            assertEquals(1, shadow.getInt("byKind.DAILY_CHECK.decisions"));

            Map<String, Object> five = shadow.getMap("recent.find { it.subjectId == '" + fiveLate + "' }");
            assertEquals("ASSESSMENT", five.get("kind"));
            List<Map<String, Object>> differences = shadow.getList(
                    "recent.find { it.subjectId == '" + fiveLate + "' }.differences");
            assertTrue(differences.contains(Map.of("path", "metrics.LATE_PROCESSING_RATE", "active", "MET", "shadow", "MISSED")),
                    differences.toString());
            assertTrue(differences.stream().anyMatch(d -> d.get("path").equals("strikes.LATE_PROCESSING_RATE")
                    && d.get("active") == null && String.valueOf(d.get("shadow")).startsWith("#1 ")), differences.toString());

            // What is stored and published is the active set's: no strike for the seller at 5 of 1000.
            FbaApi.standing(fiveLate, "2026-07-13").statusCode(200).body("activeStrikes", equalTo(0));
            broker.about(sevenLate, 1); // published after anything about fiveLate or sixLate would have been
            assertEquals(List.of(), DecisionEventQueue.changes(broker.drained(fiveLate)));
            assertEquals(List.of(), DecisionEventQueue.changes(broker.drained(sixLate)));
            assertTrue(DecisionEventQueue.changes(broker.drained(sevenLate)).stream().anyMatch(c -> c.startsWith("STRIKE_ISSUED")));
        }

        given().delete(SHADOW).then().statusCode(204);
        given().get(SHADOW).then().statusCode(404).contentType("application/problem+json");
        assessed(5); // no shadow: nothing compared, nothing fails
        given().delete(SHADOW).then().statusCode(404);
    }

    /** A weekly run of these weeks, finished. */
    private static void ranToTheEnd(Submission... weeks) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Submission week : weeks) {
            body.append(new ObjectMapper().writeValueAsString(week.body())).append('\n');
        }
        String location = given().contentType("application/x-ndjson").body(body.toString().getBytes(StandardCharsets.UTF_8))
                .post(RUNS).then().statusCode(202).extract().header("Location");
        String run = location.substring(location.indexOf(RUNS));
        for (int i = 0; i < 600; i++) {
            String status = given().get(run).then().statusCode(200).extract().path("status");
            if (!"RUNNING".equals(status)) {
                assertEquals("COMPLETED", status);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run " + run + " did not finish within a minute");
    }

    @Test
    void aShadowIdenticalToTheActiveSetAgreesOnEveryDecision() throws IOException {
        install(FixedRules.files()).statusCode(200);
        assessed(5);
        assessed(7);
        given().get(SHADOW).then().statusCode(200)
                .body("decisions", equalTo(2))
                .body("disagreements", equalTo(0))
                .body("recent", equalTo(List.of()));
    }

    @Test
    void aShadowSurvivesARestart() throws IOException {
        String version = install(draftWithLateProcessingGoal("0.004")).statusCode(200).extract().path("version");
        assessed(5);
        shadow.remove(); // what a new process knows before it starts: no shadow in memory
        given().get(SHADOW).then().statusCode(200).body("comparing", equalTo(false));
        installation.onStart(null);
        assessed(5);
        given().get(SHADOW).then().statusCode(200)
                .body("version", equalTo(version))
                .body("comparing", equalTo(true))
                .body("decisions", equalTo(2))
                .body("disagreements", equalTo(2));
    }

    @Test
    void aShadowThatDoesNotCompileIsRefusedAndNothingIsInstalled() throws IOException {
        Map<String, String> files = FixedRules.files();
        files.put("fba-onsite/tables/goals.drl", "package fbaonsite;\nrule \"x\" when then insert(; end");
        install(files).statusCode(422).body("errors[0].file", equalTo("fba-onsite/tables/goals.drl"));
        given().get(SHADOW).then().statusCode(404);
    }

    @Test
    void aShadowWhoseCodeReachesBeyondDecidingIsRefusedAndNothingIsInstalled() throws IOException {
        Map<String, String> files = FixedRules.files();
        files.put("fba-onsite/measure/reach.drl", com.marketplace.sellerperformance.testing.ForbiddenRules.all().get(0).drl());
        install(files).statusCode(422).contentType("application/problem+json");
        given().get(SHADOW).then().statusCode(404);
    }
}
