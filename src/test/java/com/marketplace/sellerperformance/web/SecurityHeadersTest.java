package com.marketplace.sellerperformance.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every answer says nosniff, the API's are never cached, HSTS only when configured
 * (StrictTransportSecurityTest), and nothing an anonymous caller can read names a file of this machine.
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyAnswerIsNosniffAndTheApisAreNotStored() {
        for (Response response : new Response[] {
                RestAssured.given().auth().preemptive().basic("viewer", "viewer").get("/api/v1/rules"),
                RestAssured.given().get("/api/v1/rules"),
                RestAssured.given().auth().preemptive().basic("viewer", "wrong").get("/api/v1/rules"),
                RestAssured.given().auth().preemptive().basic("viewer", "viewer").contentType("application/json")
                        .body("{}").post("/api/v1/rules/reload"),
                RestAssured.given().auth().preemptive().basic("viewer", "viewer").get("/api/v1/no-such-thing")}) {
            response.then().header("X-Content-Type-Options", equalTo("nosniff")).header("Cache-Control", equalTo("no-store"));
        }
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi", "/console/", "/no-such-page"}) {
            RestAssured.get(path).then().header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Strict-Transport-Security", nullValue());
        }
    }

    @Test
    void nothingAnAnonymousCallerReadsNamesAFileOfThisMachine() {
        String workingDirectory = Path.of("").toAbsolutePath().toString();
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi",
                "/console/", "/api/v1/rules"}) {
            String body = RestAssured.get(path).asString();
            assertFalse(body.contains(workingDirectory), path + " names " + workingDirectory + ": " + body);
        }
    }
}
