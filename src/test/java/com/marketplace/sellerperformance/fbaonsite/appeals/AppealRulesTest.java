package com.marketplace.sellerperformance.fbaonsite.appeals;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.ASSESSMENTS;
import static com.marketplace.sellerperformance.testing.FbaApi.dailyCheck;
import static com.marketplace.sellerperformance.testing.FbaApi.metric;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.StoredFacts;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Appeals as rules/fba-onsite/appeal/appeals.drl decides them (docs/policy.md §1.8). */
@QuarkusTest
class AppealRulesTest {
    @Inject
    Rows rows;

    @Inject
    StoredFacts storedFacts;

    private static ValidatableResponse appeal(String assessmentId, String metric, long misses) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("metric", metric, "missesAppealed", misses, "reason", "Returns of a recalled batch",
                        "attachments", List.of("recall-notice.pdf")))
                .post(ASSESSMENTS + "/" + assessmentId + "/appeals").then();
    }

    private static String openAppeal(String assessmentId, String metric, long misses) {
        return appeal(assessmentId, metric, misses).statusCode(201).extract().path("appealId");
    }

    private static ValidatableResponse decide(String appealId, Map<String, Object> decision) {
        return given().contentType(ContentType.JSON).body(decision)
                .post("/api/v1/appeals/" + appealId + "/decision").then();
    }

    private static Map<String, Object> decision(boolean accepted, Long missesAccepted) {
        Map<String, Object> decision = new HashMap<>();
        decision.put("accepted", accepted);
        decision.put("decidedOn", "2027-05-20");
        if (missesAccepted != null) {
            decision.put("missesAccepted", missesAccepted);
        }
        return decision;
    }

    /** 32 of 1000 units returned (CE 20 of 600, OHL 12 of 400) against a store target of 17.2 per 1000. */
    private static String weekWithTooManyReturns() {
        return submit(Submission.forNewSeller().week("2027-05-02")
                .returns("CE", 600, 20).returns("OHL", 400, 12)).statusCode(201)
                .body(metric("CUSTOMER_RETURNS_RATE", "numerator"), equalTo(32))
                .body(metric("CUSTOMER_RETURNS_RATE", "status"), equalTo("MISSED"))
                .extract().path("assessmentId");
    }

    private static String weekWithLateUnits() {
        return submit(Submission.forNewSeller().week("2027-05-02").with("unitsLateProcessed", 9)).statusCode(201)
                .extract().path("assessmentId");
    }

    @Test
    void anAppealOfAMetricThatMayNotBeAppealedIsBadInputNamingTheMetricAndWritesNothing() {
        Submission seller = Submission.forNewSeller().week("2027-05-02").clean();
        dailyCheck(seller.sellerId(), "2027-05-03", 6, 100).body("deactivated", equalTo(true));
        dailyCheck(seller.sellerId(), "2027-05-04", 7, 100).body("deactivated", equalTo(true));
        dailyCheck(seller.sellerId(), "2027-05-05", 8, 100).body("deactivated", equalTo(true));
        String id = submit(seller).statusCode(201)
                .body("strikes[0].metric", equalTo("IMMEDIATE_DEACTIVATIONS")).extract().path("assessmentId");
        var before = rows.count();

        appeal(id, "IMMEDIATE_DEACTIVATIONS", 1).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("metric")))
                .body("errors[0].message", containsString("IMMEDIATE_DEACTIVATIONS"));

        assertEquals(before, rows.count());
    }

    @Test
    void anAcceptedReturnsAppealTakesTheUnitsOffTheFamilyWithTheMostReturnsFirst() {
        String id = weekWithTooManyReturns();
        String appealId = openAppeal(id, "CUSTOMER_RETURNS_RATE", 15);

        decide(appealId, decision(true, 15L)).statusCode(200)
                .body("revision", equalTo(2))
                .body(metric("CUSTOMER_RETURNS_RATE", "numerator"), equalTo(17))
                .body(metric("CUSTOMER_RETURNS_RATE", "denominator"), equalTo(1000))
                .body(metric("CUSTOMER_RETURNS_RATE", "status"), equalTo("MET"))
                .body("strikes[0].status", equalTo("REVOKED"));

        assertEquals(Map.of("CE", 5, "OHL", 12), storedFacts.returnedByFamily(id, 2));
        assertEquals(Map.of("CE", 20, "OHL", 12), storedFacts.returnedByFamily(id, 1));
    }

    @Test
    void acceptedReturnsBeyondTheFamilyWithTheMostReturnsComeOffTheNextFamily() {
        String id = weekWithTooManyReturns();
        String appealId = openAppeal(id, "CUSTOMER_RETURNS_RATE", 25);

        decide(appealId, decision(true, 25L)).statusCode(200)
                .body(metric("CUSTOMER_RETURNS_RATE", "numerator"), equalTo(7));

        assertEquals(Map.of("CE", 0, "OHL", 7), storedFacts.returnedByFamily(id, 2));
    }

    @Test
    void aRejectionMaySendZeroMissesAccepted() {
        String id = weekWithLateUnits();
        String appealId = openAppeal(id, "LATE_PROCESSING_RATE", 3);

        decide(appealId, decision(false, 0L)).statusCode(200)
                .body("revision", equalTo(1))
                .body(metric("LATE_PROCESSING_RATE", "numerator"), equalTo(9));
        given().get("/api/v1/appeals/" + appealId).then().statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void aRejectionMayLeaveOutMissesAccepted() {
        String id = weekWithLateUnits();
        String appealId = openAppeal(id, "LATE_PROCESSING_RATE", 3);

        decide(appealId, decision(false, null)).statusCode(200)
                .body("revision", equalTo(1));
        given().get("/api/v1/appeals/" + appealId).then().statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void anAcceptanceOfZeroMissesIsBadInputAndLeavesTheAppealOpen() {
        String id = weekWithLateUnits();
        String appealId = openAppeal(id, "LATE_PROCESSING_RATE", 3);
        var before = rows.count();

        decide(appealId, decision(true, 0L)).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("missesAccepted")));

        assertEquals(before, rows.count());
        given().get("/api/v1/appeals/" + appealId).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("decidedOn", equalTo(null));
        given().get(ASSESSMENTS + "/" + id).then().body("revision", equalTo(1));
    }
}
