package com.marketplace.sellerperformance.web;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.dailyCheck;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.ServicesApi;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Location of what a POST created can be followed (docs/api.md): GET answers what was created. */
@QuarkusTest
class CreatedResourcesLocationTest {

    private static Map<String, Object> bodyOf(ExtractableResponse<Response> response) {
        return response.jsonPath().getMap("");
    }

    @Test
    void theLocationOfACreatedDailyCheckAnswersTheSameCheck() {
        ExtractableResponse<Response> created = dailyCheck(Submission.newSellerId(), "2027-07-06", 6, 100)
                .statusCode(201).extract();

        ExtractableResponse<Response> followed = given().get(created.header("Location")).then()
                .statusCode(200).contentType(ContentType.JSON).extract();

        assertEquals(bodyOf(created), bodyOf(followed));
    }

    @Test
    void theLocationOfASubmittedPlanOfActionAnswersThatPlan() {
        Submission seller = Submission.forNewSeller();
        java.time.LocalDate sunday = java.time.LocalDate.parse("2027-08-01");
        for (int week = 0; week < 4; week++) {
            submit(seller.week(sunday.plusWeeks(week).toString()).with("unitsCancelled", 9)).statusCode(201);
        }
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(Map.of("rootCause", "Carrier pick-ups missed", "correctiveActions", "Second shift added",
                        "preventiveActions", "Daily pick-up check", "submittedOn", "2027-08-30"))
                .post("/api/v1/sellers/" + seller.sellerId() + "/plans-of-action").then().statusCode(201).extract();

        given().get(created.header("Location")).then().statusCode(200)
                .body("planId", equalTo(created.path("planId")))
                .body("sellerId", equalTo(seller.sellerId()))
                .body("status", equalTo("SUBMITTED"))
                .body("submittedOn", equalTo("2027-08-30"))
                .body("rootCause", equalTo("Carrier pick-ups missed"));
    }

    @Test
    void theLocationOfASubmittedImprovementPlanAnswersThatPlan() {
        Map<String, Object> month = ServicesApi.cleanMonth();
        ServicesApi.evaluate(month).statusCode(201);
        String provider = (String) month.get("providerId");
        given().contentType(ContentType.JSON)
                .body(Map.of("action", "SUSPEND", "on", "2027-09-01", "improvementPlanRequired", true))
                .post("/api/v1/services/providers/" + provider + "/account-actions").then().statusCode(200);
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(Map.of("improvementPlan", "Two technicians per job", "submittedOn", "2027-09-02"))
                .post("/api/v1/services/providers/" + provider + "/improvement-plans").then().statusCode(201).extract();

        given().get(created.header("Location")).then().statusCode(200)
                .body("planId", equalTo(created.path("planId")))
                .body("providerId", equalTo(provider))
                .body("status", equalTo("SUBMITTED"))
                .body("improvementPlan", equalTo("Two technicians per job"));
    }
}
