package com.marketplace.sellerperformance.web;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A method a path does not answer is a 405 naming the ones it does; OPTIONS advertises exactly those. */
@QuarkusTest
class AllowedMethodsTest {

    @Test
    void aMethodThePathDoesNotAnswerIsA405ThatNamesTheMethodsItDoes() {
        given().delete("/api/v1/fba-onsite/assessments").then()
                .statusCode(405)
                .header("Allow", equalTo("OPTIONS, POST"));
        given().put("/api/v1/fba-onsite/assessments/" + UUID.randomUUID()).then()
                .statusCode(405)
                .header("Allow", equalTo("GET, OPTIONS"));
    }

    @Test
    void optionsAdvertisesOnlyTheMethodsThatAnswer() {
        given().options("/api/v1/fba-onsite/assessments").then()
                .statusCode(204)
                .header("Allow", equalTo("OPTIONS, POST"));
        given().options("/api/v1/sellers/S-OPTIONS/return-targets/2026-Q4").then()
                .statusCode(204)
                .header("Allow", equalTo("OPTIONS, PUT"));
        given().options("/api/v1/rules").then()
                .statusCode(204)
                .header("Allow", equalTo("GET, OPTIONS"));
    }
}
