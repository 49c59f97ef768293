package com.marketplace.sellerperformance.api;

import static com.marketplace.sellerperformance.api.AsTester.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** The FBA Onsite endpoints as a client calls them. */
final class FbaApi {
    static final String ASSESSMENTS = "/api/v1/fba-onsite/assessments";

    private FbaApi() {
    }

    static ValidatableResponse submit(Submission submission) {
        return submit(submission.body());
    }

    static ValidatableResponse submit(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS).then();
    }

    static ValidatableResponse dryRun(Submission submission) {
        return given().contentType(ContentType.JSON).body(submission.body())
                .queryParam("dryRun", true).when().post(ASSESSMENTS).then();
    }

    static ValidatableResponse standing(String sellerId, String on) {
        return given().queryParam("on", on).when().get("/api/v1/sellers/" + sellerId + "/standing").then();
    }

    static ValidatableResponse dailyCheck(String sellerId, String day, long cancelled, long affected) {
        return dailyCheck(Map.of("sellerId", sellerId, "day", day, "fastTrackPendingUnits", 0,
                "cancelledUnits", cancelled, "lateProcessedUnits", 0, "lateHandoverUnits", 0,
                "affectedUnits", affected));
    }

    static ValidatableResponse dailyCheck(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/fba-onsite/daily-checks").then();
    }

    static String submitPlan(String sellerId, String submittedOn) {
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

    static ValidatableResponse decidePlan(String planId, boolean approved, String decidedOn) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("approved", approved, "decidedOn", decidedOn, "comment", "reviewed"))
                .when().post("/api/v1/plans-of-action/" + planId + "/decision").then();
    }

    /** GPath to one metric's field in an assessment response. */
    static String metric(String metric, String field) {
        return "metrics.find { it.metric == '" + metric + "' }." + field;
    }
}
