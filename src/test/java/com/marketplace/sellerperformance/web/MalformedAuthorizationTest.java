package com.marketplace.sellerperformance.web;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An Authorization header that cannot be read is a 401 problem with the challenge, on every path: never a 500. */
@QuarkusTest
class MalformedAuthorizationTest {
    private static final String NO_COLON = "Basic " + Base64.getEncoder().encodeToString("viewer".getBytes(StandardCharsets.UTF_8));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /q/health",
            "GET, /q/health/ready",
            "GET, /q/metrics",
            "GET, /console/",
            "GET, /api/v1/rules",
            "POST, /api/v1/fba-onsite/assessments",
            "GET, /no-such-page"})
    void unreadableBasicCredentialsAreUnauthorized(String method, String path) {
        for (String authorization : new String[] {"Basic !!!!", "basic ====", NO_COLON, "Basic "}) {
            RestAssured.given().header("Authorization", authorization).contentType("application/json").body("{}")
                    .request(method, path).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Basic realm=\"seller-performance\""))
                    .body("status", equalTo(401));
        }
    }
}
