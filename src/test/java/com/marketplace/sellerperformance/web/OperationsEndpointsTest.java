package com.marketplace.sellerperformance.web;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an operator and a client developer rely on besides the API itself. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessReportsTheLoadedRuleSet() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("rules"))
                .body("checks.find { it.name == 'rules' }.data.version", matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void theOpenApiDocumentDescribesTheAssessmentEndpoint() {
        given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200)
                .body(containsString("/api/v1/fba-onsite/assessments"))
                .body(containsString("/api/v1/sellers/{sellerId}/return-targets/{quarter}"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
