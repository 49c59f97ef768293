package com.marketplace.sellerperformance.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.KeycloakAvailable;
import com.marketplace.sellerperformance.testing.KeycloakServer;
import com.marketplace.sellerperformance.testing.SignedInThroughKeycloak;
import com.marketplace.sellerperformance.testing.Submission;
import com.marketplace.sellerperformance.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API with tokens from a real identity provider (Keycloak, src/test/keycloak): each role does its
 * own work and is refused another's, a calling service acts with its service account's role, and a
 * token that is expired, from another issuer or meant for another audience is refused.
 */
@QuarkusTest
@TestProfile(SignedInThroughKeycloak.class)
@Tag(KeycloakServer.TAG)
@ExtendWith(KeycloakAvailable.class)
class ProviderTokensTest {
    private static final String RULES = "/api/v1/rules";

    private static RequestSpecification bearer(String token) {
        return RestAssured.given().auth().oauth2(token);
    }

    /** The call whose work is the role's own, answered as the role would be answered. */
    private static ValidatableResponse ownWork(String role, String token) {
        RequestSpecification request = bearer(token).contentType(ContentType.JSON);
        return switch (role) {
            case "evaluator" -> request.body(Submission.forNewSeller().body()).post(FbaApi.ASSESSMENTS).then().statusCode(201);
            case "analyst" -> request.queryParam("dryRun", true).body(Submission.forNewSeller().body())
                    .post(FbaApi.ASSESSMENTS).then().statusCode(200);
            // No such plan: past the role check, the decision finds nothing to decide.
            case "reviewer" -> request.body(Map.of("approved", true, "decidedOn", "2026-09-01", "comment", "reviewed"))
                    .post("/api/v1/plans-of-action/" + UUID.randomUUID() + "/decision").then().statusCode(404);
            case "viewer" -> bearer(token).get(RULES).then().statusCode(200);
            default -> throw new IllegalArgumentException(role);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"evaluator", "analyst", "reviewer", "viewer"})
    void eachPersonActsWithTheRoleTheProviderGivesAndNoOther(String role) {
        String token = Tokens.person(role);
        bearer(token).get("/api/v1/me").then().statusCode(200)
                .body("name", equalTo(role)).body("roles", contains(role));
        ownWork(role, token);
        bearer(token).get(RULES).then().statusCode(200);
        anotherRolesWork(role, token).then().statusCode(403).contentType("application/problem+json");
    }

    /** A call that is not the role's work: storing an assessment, or for the evaluator reloading the rules. */
    private static Response anotherRolesWork(String role, String token) {
        if (role.equals("evaluator")) {
            return bearer(token).post(RULES + "/reload");
        }
        return bearer(token).contentType(ContentType.JSON).body(Submission.forNewSeller().body()).post(FbaApi.ASSESSMENTS);
    }

    @Test
    void aCallingServiceSubmitsWithItsServiceAccountsRoleAndNothingElse() {
        String token = Tokens.service("assessment-feed", "test-only-assessment-feed-secret");
        bearer(token).contentType(ContentType.JSON).body(Submission.forNewSeller().body()).post(FbaApi.ASSESSMENTS)
                .then().statusCode(201).body("createdBy", equalTo("service-account-assessment-feed"));
        bearer(token).post(RULES + "/reload").then().statusCode(403);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        String token = Tokens.person(KeycloakServer.REALM, "api-tests-short-lived", "viewer");
        bearer(token).get(RULES).then().statusCode(200);
        long expires = expiry(token);
        Thread.sleep(Math.max(0, (expires + 1) * 1000 - System.currentTimeMillis()));
        assertTrue(Instant.now().getEpochSecond() > expires);
        bearer(token).get(RULES).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        bearer(Tokens.person(KeycloakServer.OTHER_REALM, "api-tests", "viewer")).get(RULES).then()
                .statusCode(401).contentType("application/problem+json");
        bearer(Tokens.person("viewer")).get(RULES).then().statusCode(200);
    }

    /** unrelated-service holds the viewer role, but its tokens are not meant for this service. */
    @Test
    void aTokenMeantForAnotherAudienceIsRefused() {
        bearer(Tokens.service("unrelated-service", "test-only-unrelated-service-secret")).get(RULES).then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void usersAndPasswordsStillWorkBesideTheProvider() {
        RestAssured.given().auth().preemptive().basic("viewer", "viewer").get(RULES).then().statusCode(200);
        RestAssured.given().get(RULES).then().statusCode(401);
    }

    private static long expiry(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Long.parseLong(payload.replaceAll("(?s).*\"exp\":(\\d+).*", "$1"));
    }
}
