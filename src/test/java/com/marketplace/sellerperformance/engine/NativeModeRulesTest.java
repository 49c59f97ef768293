package com.marketplace.sellerperformance.engine;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A JVM serving as a native image does (rules.run-time-compilation=false): the rules compiled at
 * build time decide, and whatever needs the DRL compiler answers 501 with a problem saying why.
 */
@QuarkusTest
@TestProfile(NativeModeRulesTest.AsNative.class)
class NativeModeRulesTest {

    public static class AsNative implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rules.run-time-compilation", "false");
        }
    }

    @Test
    void thePackagedRulesServeAndDecide() {
        String version = given().get("/api/v1/rules").then().statusCode(200)
                .body("source", equalTo("packaged"))
                .extract().path("version");
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rules' }.data.version", equalTo(version));
        FbaApi.submit(Submission.forNewSeller()).statusCode(201).body("ruleSetVersion", equalTo(version));
    }

    @Test
    void validatingADraftIsNotImplemented() throws IOException {
        given().contentType(ContentType.JSON).body(Map.of("files", FixedRules.files()))
                .post("/api/v1/rules/validate").then()
                .statusCode(501)
                .contentType("application/problem+json")
                .body("status", equalTo(501))
                .body("detail", containsString("native image"));
    }

    @Test
    void installingAShadowIsNotImplemented() throws IOException {
        given().contentType(ContentType.JSON).body(Map.of("files", FixedRules.files()))
                .put("/api/v1/rules/shadow").then()
                .statusCode(501)
                .contentType("application/problem+json")
                .body("detail", containsString("native image"));
        given().get("/api/v1/rules/shadow").then().statusCode(404);
    }

    @Test
    void backTestingADraftIsNotImplemented() throws IOException {
        given().contentType(ContentType.JSON)
                .body(Map.of("files", FixedRules.files(),
                        "from", LocalDate.of(2026, 8, 1).toString(), "to", LocalDate.of(2026, 12, 31).toString()))
                .post("/api/v1/rules/backtest").then()
                .statusCode(501)
                .contentType("application/problem+json")
                .body("detail", containsString("native image"));
    }

    @Test
    void reloadingIsNotImplemented() {
        given().post("/api/v1/rules/reload").then()
                .statusCode(501)
                .contentType("application/problem+json")
                .body("detail", containsString("native image"));
    }
}
