package com.marketplace.sellerperformance.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords is slowed down: after the configured number of failures a sign-in is answered 429
 * with Retry-After, even with the right password, until Retry-After has passed; each refusal is counted.
 */
@QuarkusTest
@TestProfile(StrictSettingsProfile.class)
class SignInThrottlingTest {

    private static Response get(String user, String password) {
        return RestAssured.given().auth().preemptive().basic(user, password).get("/api/v1/rules");
    }

    private static double refusals(String reason) {
        String metrics = RestAssured.get("/q/metrics").asString();
        Matcher matcher = Pattern.compile("(?m)^sign_in_refusals_total\\{reason=\"" + reason + "\"} (\\S+)$")
                .matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    @Test
    void afterTooManyFailuresEvenTheRightPasswordWaitsForRetryAfter() throws InterruptedException {
        double wrongBefore = refusals("wrong-credentials");
        double throttledBefore = refusals("throttled");
        for (int i = 0; i < StrictSettingsProfile.MAX_FAILURES; i++) {
            get("evaluator", "guess-" + i).then().statusCode(401);
        }
        Response locked = get("evaluator", "evaluator");
        locked.then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("type", equalTo("https://seller-performance/problems/too-many-failed-sign-ins"));
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= StrictSettingsProfile.WINDOW_SECONDS, "Retry-After " + retryAfter);
        // the client address failed as often: another user from it waits too
        get("viewer", "viewer").then().statusCode(429);
        assertEquals(wrongBefore + StrictSettingsProfile.MAX_FAILURES, refusals("wrong-credentials"));
        assertEquals(throttledBefore + 2, refusals("throttled"));

        Thread.sleep(retryAfter * 1000 + 100);
        get("evaluator", "evaluator").then().statusCode(200);
    }
}
