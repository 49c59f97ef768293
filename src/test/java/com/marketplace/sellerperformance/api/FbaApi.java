package com.marketplace.sellerperformance.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

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

    /** GPath to one metric's field in an assessment response. */
    static String metric(String metric, String field) {
        return "metrics.find { it.metric == '" + metric + "' }." + field;
    }
}
