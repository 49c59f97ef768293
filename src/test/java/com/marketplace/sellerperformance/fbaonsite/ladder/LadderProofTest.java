package com.marketplace.sellerperformance.fbaonsite.ladder;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.ASSESSMENTS;
import static com.marketplace.sellerperformance.testing.FbaApi.dailyCheck;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One ladder, proven: new assessments, an accepted appeal and a late daily check all walk the same
 * strike ladder as the back-test does, so the back-test of the unchanged active rule set over a
 * history built through the API finds nothing to change.
 *
 * <p>The history (all in 2031, from June on, sellers named LADDER-PROOF-*):
 * <ul>
 *   <li>LADDER-PROOF-APPEAL: five weeks up to a second deactivation strike (two strikes in one week),
 *       then an accepted appeal of the second week that revokes its strike and moves every later one down;</li>
 *   <li>LADDER-PROOF-LATE-CHECKS: three weeks assessed, then three deactivating daily checks inside the
 *       second week, which give that week a strike and move the third week's up;</li>
 *   <li>LADDER-PROOF-RETURNS: an accepted appeal of the returns rate, and a week assessed after the
 *       84-day window of the earlier strike closed.</li>
 * </ul>
 */
@QuarkusTest
class LadderProofTest {
    private static final String APPEAL = "LADDER-PROOF-APPEAL";
    private static final String LATE_CHECKS = "LADDER-PROOF-LATE-CHECKS";
    private static final String RETURNS = "LADDER-PROOF-RETURNS";
    private static final String FROM = "2031-06-01";
    private static final String TO = "2031-12-31";

    private static final Map<String, List<String>> assessmentIds = new LinkedHashMap<>();

    @BeforeEach
    void aHistoryBuiltThroughTheApi() {
        if (!assessmentIds.isEmpty()) {
            return;
        }
        // Five weeks walking up the ladder, then an accepted appeal of the second one.
        week(APPEAL, "2031-06-01", "unitsLateProcessed", 7);
        week(APPEAL, "2031-06-08", "unitsLateProcessed", 7);
        assess(APPEAL, week(APPEAL, "2031-06-15").with("unitsLateProcessed", 7).with("unitsCancelled", 5));
        week(APPEAL, "2031-06-22", "unitsLateProcessed", 0);
        week(APPEAL, "2031-06-29", "unitsLateHandover", 9);
        acceptAppeal(assessmentIds.get(APPEAL).get(1), "LATE_PROCESSING_RATE", 2, "2031-07-08");

        // Three weeks assessed, then three immediate deactivations inside the second week.
        week(LATE_CHECKS, "2031-06-01", "unitsCancelled", 5);
        week(LATE_CHECKS, "2031-06-08", "unitsCancelled", 0);
        week(LATE_CHECKS, "2031-06-15", "unitsLateProcessed", 7);
        dailyCheck(LATE_CHECKS, "2031-06-09", 6, 100).statusCode(201).body("deactivated", equalTo(true));
        dailyCheck(LATE_CHECKS, "2031-06-10", 0, 100).statusCode(201).body("deactivated", equalTo(false));
        dailyCheck(LATE_CHECKS, "2031-06-11", 7, 100).statusCode(201).body("deactivated", equalTo(true));
        dailyCheck(LATE_CHECKS, "2031-06-13", 8, 100).statusCode(201).body("deactivated", equalTo(true));

        // Returns over the store target, appealed and accepted; a week after the strike window closed.
        assess(RETURNS, week(RETURNS, "2031-07-06").returns("CE", 600, 20).returns("OHL", 400, 12));
        week(RETURNS, "2031-07-13", "unitsLateProcessed", 7);
        acceptAppeal(assessmentIds.get(RETURNS).get(0), "CUSTOMER_RETURNS_RATE", 15, "2031-07-22");
        week(RETURNS, "2031-10-12", "unitsLateProcessed", 7);
    }

    @Test
    void theHistoryWalkedTheLadderThroughAnAppealAndLateDailyChecks() {
        assertEquals(List.of(List.of("1 LATE_PROCESSING_RATE FORMAL_WARNING ACTIVE"),
                        List.of("2 LATE_PROCESSING_RATE FORMAL_WARNING REVOKED"),
                        List.of("2 LATE_PROCESSING_RATE FORMAL_WARNING ACTIVE",
                                "3 SHIPMENT_CANCELLATION_RATE PRIME_BADGE_REMOVAL ACTIVE"),
                        List.of(),
                        List.of("4 LATE_HANDOVER_RATE DEACTIVATION ACTIVE")),
                strikesOf(APPEAL));
        assertEquals(List.of(List.of("1 SHIPMENT_CANCELLATION_RATE FORMAL_WARNING ACTIVE"),
                        List.of("2 IMMEDIATE_DEACTIVATIONS FORMAL_WARNING ACTIVE"),
                        List.of("3 LATE_PROCESSING_RATE PRIME_BADGE_REMOVAL ACTIVE")),
                strikesOf(LATE_CHECKS));
        assertEquals(List.of(List.of("1 CUSTOMER_RETURNS_RATE FORMAL_WARNING REVOKED"),
                        List.of("1 LATE_PROCESSING_RATE FORMAL_WARNING ACTIVE"),
                        List.of("1 LATE_PROCESSING_RATE FORMAL_WARNING ACTIVE")),
                strikesOf(RETURNS));
    }

    @Test
    void theUnchangedActiveRuleSetBackTestedOverThatHistoryChangesNothing() {
        String active = given().get("/api/v1/rules").then().statusCode(200).extract().path("version");

        as("analyst").contentType(ContentType.JSON)
                .queryParam("size", 1000)
                .body(Map.of("files", activeRuleFiles(), "from", FROM, "to", TO))
                .post("/api/v1/rules/backtest").then()
                .statusCode(200)
                .body("draftVersion", equalTo(active))
                .body("activeVersion", equalTo(active))
                .body("sellersInRange", greaterThanOrEqualTo(3))
                .body("assessmentsRead", greaterThanOrEqualTo(11))
                .body("totals", equalTo(Map.of("sellersChanged", 0, "assessmentsChanged", 0,
                        "metricStatusChanges", 0, "strikesAdded", 0, "strikesRemoved", 0, "penaltiesChanged", 0)))
                .body("changes", equalTo(List.of()));
    }

    /** The files of the rule set the service serves: the directory of rules.dir, else rules/. */
    private static Map<String, String> activeRuleFiles() {
        Path root = Path.of(ConfigProvider.getConfig().getOptionalValue("rules.dir", String.class).orElse("rules"));
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                boolean hidden = Stream.of(relative.split("/")).anyMatch(segment -> segment.startsWith("."));
                if (!relative.startsWith("tests/") && !hidden) {
                    files.put(relative, Files.readString(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Submission week(String sellerId, String sunday) {
        return Submission.forNewSeller().with("sellerId", sellerId).week(sunday);
    }

    private static void week(String sellerId, String sunday, String count, long units) {
        assess(sellerId, week(sellerId, sunday).with(count, units));
    }

    private static void assess(String sellerId, Submission submission) {
        String id = submit(submission).statusCode(201).extract().path("assessmentId");
        assessmentIds.computeIfAbsent(sellerId, seller -> new ArrayList<>()).add(id);
    }

    private static void acceptAppeal(String assessmentId, String metric, long misses, String decidedOn) {
        String appealId = as("evaluator").contentType(ContentType.JSON)
                .body(Map.of("metric", metric, "missesAppealed", misses, "reason", "Carrier scans were lost",
                        "attachments", List.of("carrier-log.pdf")))
                .post(ASSESSMENTS + "/" + assessmentId + "/appeals").then()
                .statusCode(201).extract().path("appealId");
        as("reviewer").contentType(ContentType.JSON)
                .body(Map.of("accepted", true, "missesAccepted", misses, "decidedOn", decidedOn))
                .post("/api/v1/appeals/" + appealId + "/decision").then()
                .statusCode(200).body("revision", equalTo(2));
    }

    /** Each assessment's strikes (number, metric, penalty, status), in period order. */
    private static List<List<String>> strikesOf(String sellerId) {
        List<List<String>> strikes = new ArrayList<>();
        for (String id : assessmentIds.get(sellerId)) {
            ValidatableResponse assessment = given().get(ASSESSMENTS + "/" + id).then().statusCode(200);
            List<Map<String, Object>> issued = assessment.extract().path("strikes");
            strikes.add(issued.stream().map(s -> s.get("number") + " " + s.get("metric") + " " + s.get("penalty")
                    + " " + s.get("status")).sorted().toList());
        }
        return strikes;
    }

    private static RequestSpecification as(String user) {
        return RestAssured.given().auth().preemptive().basic(user, user);
    }
}
