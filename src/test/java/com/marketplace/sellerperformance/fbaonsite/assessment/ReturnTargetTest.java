package com.marketplace.sellerperformance.fbaonsite.assessment;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.metric;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReturnTargetTest {
    @Inject
    Rows rows;

    private static ValidatableResponse put(String sellerId, String quarter, Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .put("/api/v1/sellers/" + sellerId + "/return-targets/" + quarter).then();
    }

    @Test
    void aQuarterlyTargetReplacesTheWeightedOne() {
        Submission submission = Submission.forNewSeller().returns("CE", 1000, 15);
        put(submission.sellerId(), "2026-Q4", Map.of("target", 0.012))
                .statusCode(200)
                .body("quarter", equalTo("2026-Q4"))
                .body("target", equalTo(0.012f));
        submit(submission)
                .statusCode(201)
                .body(metric("CUSTOMER_RETURNS_RATE", "goal"), equalTo(0.012f))
                .body(metric("CUSTOMER_RETURNS_RATE", "status"), equalTo("MISSED"))
                .body("firedRules", Matchers.hasItem(
                        "Customer returns rate is held against the store target set for the quarter"));
    }

    @Test
    void aTargetForAnotherQuarterDoesNotApply() {
        Submission submission = Submission.forNewSeller().returns("CE", 1000, 15);
        put(submission.sellerId(), "2027-Q1", Map.of("target", 0.012)).statusCode(200);
        submit(submission)
                .statusCode(201)
                .body(metric("CUSTOMER_RETURNS_RATE", "goal"), equalTo(0.018f))
                .body(metric("CUSTOMER_RETURNS_RATE", "status"), equalTo("MET"));
    }

    @Test
    void settingATargetAgainReplacesIt() {
        String seller = Submission.newSellerId();
        put(seller, "2026-Q4", Map.of("target", 0.012)).statusCode(200);
        put(seller, "2026-Q4", Map.of("target", 0.02)).statusCode(200).body("target", equalTo(0.02f));
        submit(Submission.forNewSeller().with("sellerId", seller).returns("CE", 1000, 15))
                .body(metric("CUSTOMER_RETURNS_RATE", "goal"), equalTo(0.02f));
    }

    @Test
    void badQuartersAndTargetsAreRefusedAndNothingIsWritten() {
        var before = rows.count();
        put("S-T1", "2026-Q5", Map.of("target", 0.01)).statusCode(400)
                .body("errors[0].field", equalTo("quarter"));
        put("S-T1", "2026-Q4", Map.of("target", -0.01)).statusCode(400)
                .body("errors[0].field", equalTo("target"));
        put("S-T1", "2026-Q4", Map.of("target", 1.5)).statusCode(400);
        put("S-T1", "2026-Q4", Map.of("target", "high")).statusCode(400)
                .body("errors[0].field", equalTo("target"));
        put("S-T1", "2026-Q4", Map.of()).statusCode(400);
        assertEquals(before, rows.count());
    }
}
