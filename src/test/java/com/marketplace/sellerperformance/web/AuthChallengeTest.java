package com.marketplace.sellerperformance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refused login gets exactly one Basic challenge, naming the service's realm. */
@QuarkusTest
class AuthChallengeTest {

    private static void oneBasicChallenge(Response response) {
        assertEquals(401, response.statusCode());
        List<String> challenges = response.headers().getValues("WWW-Authenticate");
        assertEquals(1, challenges.size(), "challenges: " + challenges);
        assertEquals("basic realm=\"seller-performance\"", challenges.get(0).toLowerCase());
        assertEquals("application/problem+json", response.contentType());
    }

    @Test
    void aWrongPasswordGetsOneChallengeWithTheRealm() {
        oneBasicChallenge(RestAssured.given().auth().preemptive().basic("evaluator", "guess").get("/api/v1/rules"));
    }

    @Test
    void noCredentialsGetOneChallengeWithTheRealm() {
        oneBasicChallenge(RestAssured.given().get("/api/v1/rules"));
    }
}
