package com.marketplace.sellerperformance.serviceproviders.evaluation;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.ServicesApi.cleanMonth;
import static com.marketplace.sellerperformance.testing.ServicesApi.evaluate;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.ServicesApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/policy.md §2.1–§2.2 as a client of the Services evaluation sees them. */
@QuarkusTest
class ServicesEvaluationTest {

    @Inject
    Rows rows;

    private static String metric(String metric, String field) {
        return FbaApi.metric(metric, field);
    }

    @Test
    void theWorkedExampleNeedsAttentionForNegativeFeedback() {
        Map<String, Object> body = cleanMonth();
        body.put("ratings", Map.of("1", 1, "2", 1, "3", 3, "4", 5, "5", 90));
        body.put("cancelledOrders", 4);
        body.put("attributedCancellations", 1);
        body.put("startedOutsideArrivalWindow", 3);
        evaluate(body).statusCode(201)
                .body("program", equalTo("services"))
                .body("performanceStatus", equalTo("ATTENTION"))
                .body("missedMetrics", equalTo(List.of("NEGATIVE_FEEDBACK_RATE")))
                .body(metric("CUSTOMER_FEEDBACK_RATING", "rate"), equalTo(4.82f))
                .body(metric("CUSTOMER_FEEDBACK_RATING", "comparison"), equalTo("AT_LEAST"))
                .body(metric("CUSTOMER_FEEDBACK_RATING", "status"), equalTo("MET"))
                .body(metric("NEGATIVE_FEEDBACK_RATE", "rate"), equalTo(0.02f))
                .body(metric("CANCELLATION_RATE", "denominator"), equalTo(104))
                .body(metric("CANCELLATION_RATE", "status"), equalTo("MET"));
    }

    @ParameterizedTest(name = "{0}: {1} of 100 meets, {2} misses")
    @CsvSource({
            "HAPPINESS_GUARANTEE_CLAIM_RATE, happinessGuaranteeClaims, 1, 2",
            "CANCELLATION_RATE, attributedCancellations, 1, 2",
            "RESCHEDULE_RATE, attributedReschedules, 1, 2",
            "OUTSIDE_ARRIVAL_WINDOW_RATE, startedOutsideArrivalWindow, 10, 11",
            "LATE_COMPLETION_RATE, completedLate, 1, 2"})
    void aRateExactlyAtItsTargetMeetsItAndOneOrderMoreMissesIt(String metric, String field, int meets, int misses) {
        Map<String, Object> atTarget = cleanMonth();
        atTarget.put(field, meets);
        evaluate(atTarget).statusCode(201)
                .body(metric(metric, "status"), equalTo("MET"))
                .body("performanceStatus", equalTo("GOOD_STANDING"));
        Map<String, Object> over = cleanMonth();
        over.put(field, misses);
        evaluate(over).statusCode(201)
                .body(metric(metric, "status"), equalTo("MISSED"))
                .body("missedMetrics", equalTo(List.of(metric)));
    }

    @Test
    void aRatingOfExactly4Point70MeetsTheTargetAndOneLowerRatingMisses() {
        Map<String, Object> body = cleanMonth();
        body.put("ratings", Map.of("5", 7, "4", 3));
        evaluate(body).statusCode(201)
                .body(metric("CUSTOMER_FEEDBACK_RATING", "rate"), equalTo(4.7f))
                .body(metric("CUSTOMER_FEEDBACK_RATING", "status"), equalTo("MET"));
        Map<String, Object> lower = cleanMonth();
        lower.put("ratings", Map.of("5", 7, "4", 3, "3", 1));
        evaluate(lower).statusCode(201).body(metric("CUSTOMER_FEEDBACK_RATING", "status"), equalTo("MISSED"));
    }

    @Test
    void oneNegativeRatingInAHundredMeetsAndTwoMiss() {
        Map<String, Object> body = cleanMonth();
        body.put("ratings", Map.of("5", 99, "2", 1));
        evaluate(body).statusCode(201).body(metric("NEGATIVE_FEEDBACK_RATE", "status"), equalTo("MET"));
        body = cleanMonth();
        body.put("ratings", Map.of("5", 98, "1", 2));
        evaluate(body).statusCode(201).body(metric("NEGATIVE_FEEDBACK_RATE", "status"), equalTo("MISSED"));
    }

    @Test
    void unratedOrdersAreLeftOutOfTheRatingAndNegativeFeedback() {
        Map<String, Object> body = cleanMonth();
        body.put("ratings", Map.of("5", 9, "1", 1));
        evaluate(body).statusCode(201)
                .body(metric("CUSTOMER_FEEDBACK_RATING", "denominator"), equalTo(10))
                .body(metric("NEGATIVE_FEEDBACK_RATE", "denominator"), equalTo(10))
                .body(metric("NEGATIVE_FEEDBACK_RATE", "status"), equalTo("MISSED"))
                .body(metric("LATE_COMPLETION_RATE", "denominator"), equalTo(100));
    }

    @Test
    void withoutRatedOrdersTheRatingIsNotApplicable() {
        Map<String, Object> body = cleanMonth();
        body.remove("ratings");
        evaluate(body).statusCode(201)
                .body(metric("CUSTOMER_FEEDBACK_RATING", "status"), equalTo("NOT_APPLICABLE"))
                .body(metric("NEGATIVE_FEEDBACK_RATE", "status"), equalTo("NOT_APPLICABLE"))
                .body("performanceStatus", equalTo("GOOD_STANDING"));
    }

    @Test
    void evaluationsAreStoredReadableAndIdempotent() {
        Map<String, Object> body = cleanMonth();
        String id = evaluate(body).statusCode(201).extract().path("evaluationId");
        evaluate(body).statusCode(200).body("evaluationId", equalTo(id));
        given().get(ServicesApi.EVALUATIONS + "/" + id).then().statusCode(200).body("providerId", equalTo(body.get("providerId")));
        given().get("/api/v1/services/providers/" + body.get("providerId") + "/evaluations").then()
                .statusCode(200).body("evaluationId", equalTo(List.of(id)));
        body.put("completedLate", 5);
        evaluate(body).statusCode(409);
    }

    @Test
    void aDryRunWritesNothing() {
        var before = rows.count();
        given().contentType(ContentType.JSON).body(cleanMonth()).queryParam("dryRun", true).post(ServicesApi.EVALUATIONS).then()
                .statusCode(200).body("performanceStatus", equalTo("GOOD_STANDING"));
        assertEquals(before, rows.count());
    }

    @Test
    void badEvaluationsAreRefusedAndNothingIsWritten() {
        var before = rows.count();
        Map<String, Object> negative = cleanMonth();
        negative.put("completedLate", -1);
        evaluate(negative).statusCode(400).body("errors.field", hasItem("completedLate"));
        Map<String, Object> sixStars = cleanMonth();
        sixStars.put("ratings", Map.of("6", 1, "5", 10));
        evaluate(sixStars).statusCode(400).body("errors.field", hasItem("ratings.6"));
        Map<String, Object> tooManyRated = cleanMonth();
        tooManyRated.put("ratings", Map.of("5", 101));
        evaluate(tooManyRated).statusCode(400).body("errors.field", hasItem("ratings"));
        Map<String, Object> backwards = cleanMonth();
        backwards.put("periodEnd", "2026-09-30");
        evaluate(backwards).statusCode(400).body("errors.field", hasItem("periodEnd"));
        assertEquals(before, rows.count());
    }
}
