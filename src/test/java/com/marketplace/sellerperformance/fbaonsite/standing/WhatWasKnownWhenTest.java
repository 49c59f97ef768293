package com.marketplace.sellerperformance.fbaonsite.standing;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.ASSESSMENTS;
import static com.marketplace.sellerperformance.testing.FbaApi.metric;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two questions about a day: the standing on it as now known, and what had been decided by then
 * (issue: standing as of a day, revisions as decided).
 */
@QuarkusTest
class WhatWasKnownWhenTest {

    private static ValidatableResponse standing(String sellerId, String on, String asOf) {
        return given().queryParam("on", on).queryParam("asOf", asOf)
                .get("/api/v1/sellers/" + sellerId + "/standing").then();
    }

    private static ValidatableResponse assessments(String sellerId, String asOf) {
        return given().queryParam("asOf", asOf).get("/api/v1/sellers/" + sellerId + "/assessments").then();
    }

    private static String appealAndAccept(String assessmentId, String metric, long misses, String decidedOn) {
        String appealId = given().contentType(ContentType.JSON)
                .body(Map.of("metric", metric, "missesAppealed", misses, "reason", "Customer-requested",
                        "attachments", List.of("tickets.pdf")))
                .post(ASSESSMENTS + "/" + assessmentId + "/appeals").then().statusCode(201).extract().path("appealId");
        given().contentType(ContentType.JSON)
                .body(Map.of("accepted", true, "missesAccepted", misses, "decidedOn", decidedOn))
                .post("/api/v1/appeals/" + appealId + "/decision").then().statusCode(200);
        return appealId;
    }

    /**
     * The README's walk-through: four weeks of August 2026 over the cancellation goal deactivate on
     * 30 August; a plan of action approved on 1 September; an appeal of the fourth week accepted on
     * 2 September revokes its strike.
     */
    private static Map<String, String> walkThrough(String sellerId) {
        Map<String, String> weeks = new HashMap<>();
        for (String sunday : List.of("2026-08-02", "2026-08-09", "2026-08-16", "2026-08-23")) {
            Submission week = Submission.forNewSeller().week(sunday).with("sellerId", sellerId).with("unitsCancelled", 9);
            weeks.put(sunday, submit(week).statusCode(201).extract().path("assessmentId"));
        }
        String plan = FbaApi.submitPlan(sellerId, "2026-08-31");
        FbaApi.decidePlan(plan, true, "2026-09-01").statusCode(200);
        appealAndAccept(weeks.get("2026-08-23"), "SHIPMENT_CANCELLATION_RATE", 5, "2026-09-02");
        return weeks;
    }

    @Test
    void theStandingOnADayIsAnsweredAsItWasKnownOnAnother() {
        String seller = Submission.newSellerId();
        walkThrough(seller);

        standing(seller, "2026-08-30", "2026-09-01").statusCode(200)
                .body("accountStatus", equalTo("DEACTIVATED"))
                .body("activeStrikes", equalTo(4))
                .body("deactivation.since", equalTo("2026-08-30"));
        standing(seller, "2026-08-30", "2026-09-02").statusCode(200)
                .body("accountStatus", equalTo("ACTIVE"))
                .body("activeStrikes", equalTo(3));
        standing(seller, "2026-08-30", null).body("accountStatus", equalTo("ACTIVE"));

        // Before the plan was decided it was only submitted; after, reactivation was set for 8 September.
        standing(seller, "2026-09-08", "2026-08-31")
                .body("accountStatus", equalTo("DEACTIVATED"))
                .body("deactivation.planOfActionStatus", equalTo("SUBMITTED"))
                .body("deactivation.reactivatesOn", nullValue());
        standing(seller, "2026-09-07", "2026-09-01").body("accountStatus", equalTo("DEACTIVATED"))
                .body("deactivation.reactivatesOn", equalTo("2026-09-08"));
        standing(seller, "2026-09-08", "2026-09-01").body("accountStatus", equalTo("ACTIVE"));

        // Only the two weeks assessed by 20 August were known then.
        standing(seller, "2026-08-30", "2026-08-20").body("activeStrikes", equalTo(2))
                .body("primeBadge", equalTo(true));
    }

    @Test
    void theSamePairOfDaysAlwaysAnswersTheSameAndTheLatestDayAnswersAsEverythingOnRecord() {
        String seller = Submission.newSellerId();
        walkThrough(seller);
        for (String on : List.of("2026-08-16", "2026-08-30", "2026-09-03", "2026-09-08")) {
            String everything = standing(seller, on, null).statusCode(200).extract().asString();
            assertEquals(everything, standing(seller, on, "2100-12-31").statusCode(200).extract().asString(),
                    "standing on " + on + " as of the far future");
            String before = standing(seller, on, "2026-09-01").extract().asString();
            assertEquals(before, standing(seller, on, "2026-09-01").extract().asString());
        }
        assertEquals(assessments(seller, null).extract().asString(),
                assessments(seller, "2100-12-31").extract().asString());
    }

    @Test
    void theAssessmentListAsOfADayShowsEachWeekAtItsRevisionThen() {
        String seller = Submission.newSellerId();
        walkThrough(seller);
        assessments(seller, "2026-09-01").statusCode(200)
                .body("", hasSize(4))
                .body("[3].revision", equalTo(1))
                .body("[3].strikes[0].number", equalTo(4))
                .body("[3].strikes[0].status", equalTo("ACTIVE"))
                .body("[3].standing.accountStatus", equalTo("DEACTIVATED"));
        assessments(seller, "2026-09-02")
                .body("[3].revision", equalTo(2))
                .body("[3].strikes[0].status", equalTo("REVOKED"))
                .body("[3].standing.accountStatus", equalTo("ACTIVE"));
        assessments(seller, "2026-08-16").body("", hasSize(2));
    }

    @Test
    void anEarlierRevisionShowsWhatItDecidedAndWhichRevisionReplacedIt() {
        String seller = Submission.newSellerId();
        String week4 = walkThrough(seller).get("2026-08-23");

        given().queryParam("revision", 1).get(ASSESSMENTS + "/" + week4).then().statusCode(200)
                .body("revision", equalTo(1))
                .body("supersededBy", equalTo(2))
                .body("strikes", hasSize(1))
                .body("strikes[0].number", equalTo(4))
                .body("strikes[0].status", equalTo("ACTIVE"))
                .body("standing.accountStatus", equalTo("DEACTIVATED"));
        given().queryParam("revision", 2).get(ASSESSMENTS + "/" + week4).then().statusCode(200)
                .body("supersededBy", nullValue())
                .body("strikes[0].status", equalTo("REVOKED"))
                .body("standing.accountStatus", equalTo("ACTIVE"));
    }

    @Test
    void aRevisionIsMeasuredAgainstTheTargetsInForceWhenTheWeekWasFirstAssessed() {
        Submission week = Submission.forNewSeller().week("2026-10-04").returns("CE", 1000, 15)
                .with("unitsCancelled", 9);
        String seller = week.sellerId();
        given().contentType(ContentType.JSON).body(Map.of("target", 0.018))
                .put("/api/v1/sellers/" + seller + "/return-targets/2026-Q4").then().statusCode(200);
        String id = submit(week).statusCode(201)
                .body(metric("CUSTOMER_RETURNS_RATE", "status"), equalTo("MET"))
                .extract().path("assessmentId");
        given().contentType(ContentType.JSON).body(Map.of("target", 0.01))
                .put("/api/v1/sellers/" + seller + "/return-targets/2026-Q4").then().statusCode(200);

        appealAndAccept(id, "SHIPMENT_CANCELLATION_RATE", 5, "2026-10-20");
        given().get(ASSESSMENTS + "/" + id).then()
                .body("revision", equalTo(2))
                .body(metric("SHIPMENT_CANCELLATION_RATE", "status"), equalTo("MET"))
                .body(metric("CUSTOMER_RETURNS_RATE", "goal"), equalTo(0.018f))
                .body(metric("CUSTOMER_RETURNS_RATE", "status"), equalTo("MET"))
                .body("strikes.findAll { it.status == 'ACTIVE' }", hasSize(0));
    }

    @Test
    void aWeekAssessedOnADayBeforeAnEarlierWeeksAssessmentIsRefused() {
        Submission seller = Submission.forNewSeller();
        submit(seller.week("2026-10-04").with("unitsCancelled", 9).with("assessedOn", "2026-10-20"))
                .statusCode(201).body("strikes[0].number", equalTo(1));
        String refused = submit(seller.week("2026-10-11").without("assessedOn")).statusCode(409)
                .body("detail", containsString("2026-10-20")).extract().asString();
        assertEquals(1, assessments(seller.sellerId(), null).extract().jsonPath().getList("").size(), refused);
        submit(seller.week("2026-10-11").with("assessedOn", "2026-10-20")).statusCode(201)
                .body("strikes[0].number", equalTo(2));
    }

    @Test
    void asOfMustBeADate() {
        String seller = Submission.newSellerId();
        submit(Submission.forNewSeller().with("sellerId", seller)).statusCode(201);
        standing(seller, "2026-11-20", "yesterday").statusCode(400).body("errors[0].field", equalTo("asOf"));
        assessments(seller, "2026-02-30").statusCode(400).body("errors[0].field", equalTo("asOf"));
    }
}
