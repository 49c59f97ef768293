package com.marketplace.sellerperformance.fbaonsite.weektodate;

import static com.marketplace.sellerperformance.testing.DecisionEventQueue.changes;
import static com.marketplace.sellerperformance.testing.FbaApi.WEEK_TO_DATE;
import static com.marketplace.sellerperformance.testing.FbaApi.metric;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static com.marketplace.sellerperformance.testing.FbaApi.weekToDate;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.testing.AsTester;
import com.marketplace.sellerperformance.testing.DecisionEventQueue;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The week so far (docs/api.md, "The week so far"): each metric's headroom is exact, as a client
 * checks it with the endpoint itself: the counts plus the headroom are not missed, one more unit is.
 */
@QuarkusTest
class WeekToDateTest {
    private static final String LATE = "LATE_PROCESSING_RATE";
    private static final String CANCELLED = "SHIPMENT_CANCELLATION_RATE";
    private static final String HANDOVER = "LATE_HANDOVER_RATE";
    private static final String RETURNS = "CUSTOMER_RETURNS_RATE";
    /** The count each metric counts; returns are the request's return lines. */
    private static final Map<String, String> COUNTS = Map.of(LATE, "unitsLateProcessed", CANCELLED, "unitsCancelled",
            HANDOVER, "unitsLateHandover");
    private static final List<String> FAMILIES = List.of("CE", "CO", "MEDIA", "OHL", "SL");
    private static final long SEED = Long.getLong("weektodate.seed", 20261206L);

    @Inject
    Rows rows;

    @Test
    void theHeadroomOfEveryMetricIsExactInASevenAndAFourteenDayPeriod() {
        System.out.println("WeekToDateTest seed=" + SEED + " (replay with -Dweektodate.seed=" + SEED + ")");
        Random random = new Random(SEED);
        for (String[] period : List.of(new String[] {"2026-11-08", "2026-11-14"}, new String[] {"2026-11-15", "2026-11-28"})) {
            Set<String> checkedAboveZero = new TreeSet<>();
            List<Submission> cases = new ArrayList<>();
            // Nothing late yet, returns in two families: every metric has room.
            cases.add(Submission.forNewSeller().with("unitsShipped", 10_000).returns("CE", 6_000, 0).returns("OHL", 4_000, 0));
            // Few units shipped: the exemption, not the goal, is the room.
            cases.add(Submission.forNewSeller().with("unitsShipped", 100).with("unitsLateProcessed", 1).returns("SL", 100, 1));
            // Exactly at the goal: met, with no room left.
            cases.add(Submission.forNewSeller().with("unitsLateProcessed", 6).with("unitsCancelled", 4)
                    .returns("CE", 500, 10).returns("SL", 500, 9));
            for (int i = 0; i < 8; i++) {
                cases.add(randomCase(random));
            }
            for (Submission submission : cases) {
                Map<String, Object> body = submission.period(period[0], period[1]).body();
                JsonPath answer = weekToDate(body).statusCode(200).extract().jsonPath();
                for (Map<String, Object> m : answer.<Map<String, Object>>getList("metrics")) {
                    String metric = (String) m.get("metric");
                    String status = (String) m.get("status");
                    if ("NOT_APPLICABLE".equals(status)) {
                        assertTrue(!m.containsKey("headroomUnits"), "no headroom when not applicable: " + m);
                        continue;
                    }
                    long headroom = ((Number) m.get("headroomUnits")).longValue();
                    if ("MISSED".equals(status)) {
                        assertEquals(0, headroom, "a missed metric has no room: " + m + " for " + body);
                        continue;
                    }
                    String what = metric + " with " + headroom + " more units of " + body;
                    assertNotEquals("MISSED", statusOf(withMore(body, metric, headroom), metric), what);
                    assertEquals("MISSED", statusOf(withMore(body, metric, headroom + 1), metric), what + " and one more");
                    if (headroom > 0) {
                        checkedAboveZero.add(metric);
                    }
                }
            }
            assertEquals(new TreeSet<>(List.of(LATE, CANCELLED, HANDOVER, RETURNS)), checkedAboveZero,
                    "every metric's room was checked in the period " + period[0] + " to " + period[1]);
        }
    }

    @Test
    void aFourteenDayPeriodHasTwiceTheWeeksExemptionAsRoom() {
        // 100 shipped: 0.6 % permits no late unit, the exemption 2 a week, 4 in 14 days.
        Submission week = Submission.forNewSeller().with("unitsShipped", 100);
        weekToDate(week.body()).statusCode(200)
                .body(metric(LATE, "headroomUnits"), equalTo(2))
                .body(metric(CANCELLED, "headroomUnits"), equalTo(1));
        weekToDate(week.period("2026-11-15", "2026-11-28").body()).statusCode(200)
                .body(metric(LATE, "headroomUnits"), equalTo(4))
                .body(metric(CANCELLED, "headroomUnits"), equalTo(2));
    }

    @Test
    void aMissedMetricHasNoRoomAndANotApplicableOneNoHeadroomAtAll() {
        weekToDate(Submission.forNewSeller().with("unitsLateProcessed", 7).body()).statusCode(200)
                .body(metric(LATE, "status"), equalTo("MISSED"))
                .body(metric(LATE, "headroomUnits"), equalTo(0))
                .body(metric(RETURNS, "status"), equalTo("NOT_APPLICABLE"))
                .body("metrics.find { it.metric == '" + RETURNS + "' }", not(hasKey("headroomUnits")));
        weekToDate(Submission.forNewSeller().with("unitsShipped", 0).body()).statusCode(200)
                .body(metric(LATE, "status"), equalTo("NOT_APPLICABLE"))
                .body("metrics.findAll { it.containsKey('headroomUnits') }.size()", equalTo(0));
    }

    /**
     * The strikes if the week ended now count the seller's strikes on record, as the real assessment
     * then does; the call itself stores nothing and publishes no event: the events that follow are
     * exactly those of the assessments.
     */
    @Test
    void theStrikesIfEndedNowFollowTheSellersPastAndTheCallWritesNothing() throws Exception {
        Submission seller = Submission.forNewSeller();
        try (DecisionEventQueue queue = new DecisionEventQueue()) {
            submit(seller.week("2026-08-02").with("unitsCancelled", 9)).statusCode(201);
            submit(seller.week("2026-08-09").with("unitsCancelled", 9)).statusCode(201);
            Map<String, Long> tablesBefore = rows.count();
            String recordBefore = rows.recordOf(seller.sellerId());
            String standingBefore = AsTester.given().get("/api/v1/sellers/" + seller.sellerId() + "/standing?on=2026-08-23")
                    .then().statusCode(200).extract().asString();

            weekToDate(seller.week("2026-08-16").with("unitsCancelled", 9).body()).statusCode(200)
                    .body(metric(CANCELLED, "status"), equalTo("MISSED"))
                    .body("strikesIfEndedNow.size()", equalTo(1))
                    .body("strikesIfEndedNow[0].metric", equalTo(CANCELLED))
                    .body("strikesIfEndedNow[0].number", equalTo(3))
                    .body("strikesIfEndedNow[0].penalty", equalTo("PRIME_BADGE_REMOVAL"));

            assertEquals(tablesBefore, rows.count());
            assertEquals(recordBefore, rows.recordOf(seller.sellerId()));
            assertEquals(standingBefore, AsTester.given().get("/api/v1/sellers/" + seller.sellerId()
                    + "/standing?on=2026-08-23").then().extract().asString());
            AsTester.given().get("/api/v1/sellers/" + seller.sellerId() + "/assessments").then()
                    .body("size()", equalTo(2));

            // The real assessment of the same counts issues what the week so far announced.
            submit(seller.week("2026-08-16").with("unitsCancelled", 9)).statusCode(201)
                    .body("strikes[0].number", equalTo(3))
                    .body("strikes[0].penalty", equalTo("PRIME_BADGE_REMOVAL"));
            List<String> expected = List.of("STRIKE_ISSUED 2026-08-09", "STRIKE_ISSUED 2026-08-16",
                    "STRIKE_ISSUED 2026-08-23", "PRIME_BADGE_REMOVED 2026-08-23");
            queue.about(seller.sellerId(), expected.size());
            assertEquals(expected, changes(queue.drained(seller.sellerId())));
        }
    }

    /** The same checks and the same problems as an assessment of the same body. */
    @Test
    void aBadBodyIsRefusedAsAnAssessmentWouldBe() {
        List<Map<String, Object>> bad = List.of(
                Submission.forNewSeller().without("unitsShipped").body(),
                Submission.forNewSeller().returns("XX", 10, 1).body(),
                Submission.forNewSeller().period("2026-11-14", "2026-11-08").with("unitsCancelled", -1).body());
        for (Map<String, Object> body : bad) {
            JsonPath asAssessment = submit(body).statusCode(400).extract().jsonPath();
            weekToDate(body).statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors", equalTo(asAssessment.getList("errors")));
        }
        AsTester.given().contentType(ContentType.JSON).post(WEEK_TO_DATE).then().statusCode(400);
        weekToDate(Map.of("sellerId", "S-1", "unitsShipped", "many")).statusCode(400);
    }

    @Test
    void evaluatorsAndAnalystsMayAskOthersMayNot() {
        Map<String, Object> body = Submission.forNewSeller().body();
        RestAssured.given().contentType(ContentType.JSON).body(body).post(WEEK_TO_DATE).then().statusCode(401);
        for (String role : List.of("viewer", "reviewer")) {
            RestAssured.given().auth().preemptive().basic(role, role).contentType(ContentType.JSON).body(body)
                    .post(WEEK_TO_DATE).then().statusCode(403);
        }
        for (String role : List.of("evaluator", "analyst")) {
            RestAssured.given().auth().preemptive().basic(role, role).contentType(ContentType.JSON).body(body)
                    .post(WEEK_TO_DATE).then().statusCode(200)
                    .body("metrics.metric", hasItem(LATE));
        }
        // Nothing of it reaches the seller's record: the seller is still unknown.
        AsTester.given().get("/api/v1/sellers/" + body.get("sellerId") + "/standing").then().statusCode(404);
    }

    private static String statusOf(Map<String, Object> body, String metric) {
        return weekToDate(body).statusCode(200).extract().path(metric(metric, "status"));
    }

    /** The body with more units of the metric's kind; more returns go to its first family. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withMore(Map<String, Object> body, String metric, long extra) {
        Map<String, Object> more = new LinkedHashMap<>(body);
        if (COUNTS.containsKey(metric)) {
            String count = COUNTS.get(metric);
            more.put(count, ((Number) body.get(count)).longValue() + extra);
            return more;
        }
        List<Map<String, Object>> returns = new ArrayList<>();
        for (Map<String, Object> line : (List<Map<String, Object>>) body.get("returns")) {
            returns.add(new LinkedHashMap<>(line));
        }
        returns.get(0).put("returned", ((Number) returns.get(0).get("returned")).longValue() + extra);
        more.put("returns", returns);
        return more;
    }

    private static Submission randomCase(Random random) {
        long shipped = switch (random.nextInt(4)) {
            case 0 -> 1 + random.nextInt(200);
            case 1 -> 200 + random.nextInt(2_000);
            default -> 2_000 + random.nextInt(50_000);
        };
        int most = (int) Math.max(3, shipped / 100);
        Submission submission = Submission.forNewSeller().with("unitsShipped", shipped)
                .with("unitsLateProcessed", random.nextInt(most)).with("unitsCancelled", random.nextInt(most))
                .with("unitsLateHandover", random.nextInt(most));
        List<String> families = new ArrayList<>(FAMILIES);
        for (int lines = 1 + random.nextInt(3); lines > 0; lines--) {
            String family = families.remove(random.nextInt(families.size()));
            long familyShipped = 1 + random.nextInt((int) shipped + 1);
            submission.returns(family, familyShipped, random.nextInt((int) Math.max(2, familyShipped / 40)));
        }
        return submission;
    }
}
