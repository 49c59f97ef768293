package com.marketplace.sellerperformance.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.marketplace.sellerperformance.testing.AsTester;
import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Only the right people act: 401 without credentials, 403 with a role whose work it is not. */
@QuarkusTest
class SecurityTest {
    private static final String ID = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("POST", "/api/v1/fba-onsite/assessments", "viewer"),
                Arguments.of("POST", "/api/v1/fba-onsite/assessments", "analyst"),
                Arguments.of("POST", "/api/v1/fba-onsite/assessments", "reviewer"),
                Arguments.of("POST", "/api/v1/fba-onsite/daily-checks", "analyst"),
                Arguments.of("POST", "/api/v1/fba-onsite/assessments/" + ID + "/appeals", "reviewer"),
                Arguments.of("POST", "/api/v1/appeals/" + ID + "/decision", "evaluator"),
                Arguments.of("PUT", "/api/v1/sellers/S-1/return-targets/2026-Q4", "evaluator"),
                Arguments.of("POST", "/api/v1/sellers/S-1/plans-of-action", "reviewer"),
                Arguments.of("POST", "/api/v1/plans-of-action/" + ID + "/decision", "evaluator"),
                Arguments.of("POST", "/api/v1/services/evaluations", "viewer"),
                Arguments.of("POST", "/api/v1/services/providers/P-1/account-actions", "evaluator"),
                Arguments.of("POST", "/api/v1/services/providers/P-1/improvement-plans", "reviewer"),
                Arguments.of("POST", "/api/v1/services/improvement-plans/" + ID + "/decision", "analyst"),
                Arguments.of("POST", "/api/v1/rules/validate", "evaluator"),
                Arguments.of("POST", "/api/v1/rules/reload", "reviewer"),
                Arguments.of("POST", "/api/v1/rules/backtest", "viewer"),
                Arguments.of("POST", "/api/v1/rules/impact", "viewer"),
                Arguments.of("PUT", "/api/v1/rules/shadow", "evaluator"),
                Arguments.of("DELETE", "/api/v1/rules/shadow", "viewer"),
                Arguments.of("GET", "/api/v1/rules/shadow", null),
                Arguments.of("GET", "/api/v1/rules", null),
                Arguments.of("GET", "/api/v1/rules/coverage", null),
                Arguments.of("GET", "/api/v1/sellers/S-1/standing", null),
                Arguments.of("GET", "/api/v1/sellers/S-1/assessments", null),
                Arguments.of("GET", "/api/v1/fba-onsite/assessments/" + ID, null),
                Arguments.of("GET", "/api/v1/services/providers/P-1/account", null));
    }

    private static ValidatableResponse call(RequestSpecification request, String method,
                                                                     String path) {
        RequestSpecification withBody = request.contentType(ContentType.JSON).body(Map.of());
        return ("GET".equals(method) ? withBody.get(path) : "PUT".equals(method) ? withBody.put(path)
                : "DELETE".equals(method) ? request.delete(path) : withBody.post(path)).then();
    }

    @ParameterizedTest(name = "{0} {1}: 401 anonymous, 403 as {2}")
    @MethodSource("endpoints")
    void anonymousCallersAreUnauthorizedAndWrongRolesForbidden(String method, String path, String wrongRole) {
        call(RestAssured.given(), method, path)
                .statusCode(401)
                .contentType("application/problem+json");
        if (wrongRole != null) {
            call(RestAssured.given().auth().preemptive().basic(wrongRole, wrongRole), method, path)
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        RestAssured.given().auth().preemptive().basic("evaluator", "guess").get("/api/v1/rules").then().statusCode(401);
    }

    @Test
    void anyRoleMayRead() {
        for (String role : new String[] {"viewer", "evaluator", "analyst", "reviewer"}) {
            RestAssured.given().auth().preemptive().basic(role, role).get("/api/v1/rules").then().statusCode(200);
        }
    }

    @Test
    void anAnalystMayTryAnAssessmentButNotStoreIt() {
        RequestSpecification analyst = RestAssured.given().auth().preemptive().basic("analyst", "analyst")
                .contentType(ContentType.JSON).body(Submission.forNewSeller().body());
        analyst.queryParam("dryRun", true).post(FbaApi.ASSESSMENTS).then().statusCode(200);
    }

    @Test
    void whoActedIsRecorded() {
        Submission submission = Submission.forNewSeller();
        String id = RestAssured.given().auth().preemptive().basic("evaluator", "evaluator")
                .contentType(ContentType.JSON).body(submission.body()).post(FbaApi.ASSESSMENTS).then()
                .statusCode(201).body("createdBy", equalTo("evaluator")).extract().path("assessmentId");
        AsTester.given().get(FbaApi.ASSESSMENTS + "/" + id).then().body("createdBy", equalTo("evaluator"));
        RestAssured.given().auth().preemptive().basic("analyst", "analyst").post("/api/v1/rules/reload").then()
                .statusCode(200).body("lastReload.by", equalTo("analyst"));
    }

    @Test
    void operationsEndpointsStayOpenForProbesAndScrapers() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        RestAssured.given().get("/q/metrics").then().statusCode(200).body(not(equalTo("")));
    }
}
