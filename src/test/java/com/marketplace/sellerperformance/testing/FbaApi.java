package com.marketplace.sellerperformance.testing;

import static com.marketplace.sellerperformance.testing.AsTester.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** The FBA Onsite endpoints as a client calls them. */
public final class FbaApi {
    public static final String ASSESSMENTS = "/api/v1/fba-onsite/assessments";
    public static final String WEEK_TO_DATE = "/api/v1/fba-onsite/week-to-date";

    private FbaApi() {
    }

    public static ValidatableResponse submit(Submission submission) {
        return submit(submission.body());
    }

    public static ValidatableResponse submit(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS).then();
    }

    public static ValidatableResponse dryRun(Submission submission) {
        return given().contentType(ContentType.JSON).body(submission.body())
                .queryParam("dryRun", true).when().post(ASSESSMENTS).then();
    }

    /** The week so far for the counts of a submission: its metrics with their headroom, nothing stored. */
    public static ValidatableResponse weekToDate(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(WEEK_TO_DATE).then();
    }

    public static ValidatableResponse standing(String sellerId, String on) {
        return given().queryParam("on", on).when().get("/api/v1/sellers/" + sellerId + "/standing").then();
    }

    public static ValidatableResponse dailyCheck(String sellerId, String day, long cancelled, long affected) {
        return dailyCheck(Map.of("sellerId", sellerId, "day", day, "fastTrackPendingUnits", 0,
                "cancelledUnits", cancelled, "lateProcessedUnits", 0, "lateHandoverUnits", 0,
                "affectedUnits", affected));
    }

    public static ValidatableResponse dailyCheck(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/fba-onsite/daily-checks").then();
    }

    public static String submitPlan(String sellerId, String submittedOn) {
        Map<String, Object> plan = new HashMap<>(Map.of(
                "rootCause", "Carrier pick-ups missed", "correctiveActions", "Second shift added",
                "preventiveActions", "Daily pick-up check"));
        if (submittedOn != null) {
            plan.put("submittedOn", submittedOn);
        }
        return given().contentType(ContentType.JSON).body(plan)
                .when().post("/api/v1/sellers/" + sellerId + "/plans-of-action")
                .then().statusCode(201).extract().path("planId");
    }

    public static ValidatableResponse decidePlan(String planId, boolean approved, String decidedOn) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("approved", approved, "decidedOn", decidedOn, "comment", "reviewed"))
                .when().post("/api/v1/plans-of-action/" + planId + "/decision").then();
    }

    /** GPath to one metric's field in an assessment response. */
    public static String metric(String metric, String field) {
        return "metrics.find { it.metric == '" + metric + "' }." + field;
    }
}
