package com.marketplace.sellerperformance.web;

import static org.hamcrest.Matchers.equalTo;

import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * The caller is checked before what they sent: anonymous is 401 and a role whose work it is not is 403,
 * whatever the Content-Type, the Accept header or the length of the address; 414 only for a caller the
 * operation allows, as a problem.
 */
@QuarkusTest
class CallerFirstTest {
    private static final String ASSESSMENTS = "/api/v1/fba-onsite/assessments";
    private static final String LONG_QUERY = "?note=" + "a".repeat(5000);

    private static RequestSpecification as(String role) {
        RequestSpecification request = RestAssured.given();
        return role == null ? request : request.auth().preemptive().basic(role, role);
    }

    private static void refused(RequestSpecification request, String method, String path, int status) {
        request.request(method, path).then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status));
    }

    @Test
    void anotherContentTypeIsRefusedForTheCallerFirst() {
        refused(as(null).contentType("text/plain").body("x"), "POST", ASSESSMENTS, 401);
        refused(as("viewer").contentType("text/plain").body("x"), "POST", ASSESSMENTS, 403);
        refused(as("evaluator").contentType("text/plain").body("x"), "POST", ASSESSMENTS, 415);
    }

    @Test
    void anUnacceptableAcceptHeaderIsRefusedForTheCallerFirst() {
        refused(as(null).accept("text/csv").contentType("application/json").body("{}"), "POST", ASSESSMENTS, 401);
        refused(as("reviewer").accept("text/csv").contentType("application/json").body("{}"), "POST", ASSESSMENTS, 403);
        refused(as(null).accept("text/csv"), "GET", "/api/v1/rules", 401);
    }

    @Test
    void aTooLongAddressIsRefusedForTheCallerFirst() {
        refused(as(null), "GET", "/api/v1/rules" + LONG_QUERY, 401);
        refused(as(null).contentType("application/json").body(Submission.forNewSeller().body()), "POST",
                ASSESSMENTS + LONG_QUERY, 401);
        refused(as("viewer").contentType("application/json").body(Submission.forNewSeller().body()), "POST",
                ASSESSMENTS + LONG_QUERY, 403);
        refused(as("viewer"), "GET", "/api/v1/rules" + LONG_QUERY, 414);
        refused(as("viewer"), "GET", "/api/v1/sellers/" + "S".repeat(5000) + "/standing", 414);
    }

    @Test
    void theLimitIsTheWholeAddressOf4096Characters() {
        String prefix = "/api/v1/sellers/";
        String suffix = "/standing";
        String longest = prefix + "S".repeat(4096 - prefix.length() - suffix.length()) + suffix;
        // a seller id this long is bad input, but the address itself is not refused
        refused(as("viewer"), "GET", longest, 400);
        refused(as("viewer"), "GET", longest.replace(prefix, prefix + "S"), 414);
    }
}
