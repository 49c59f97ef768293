package com.marketplace.sellerperformance.console;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.decidePlan;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static com.marketplace.sellerperformance.testing.FbaApi.submitPlan;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.ServicesApi;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read endpoints the console relies on: the caller's roles, the review queues, the stored rule set versions. */
@QuarkusTest
class ConsoleReadEndpointsTest {
    private static final String FBA_QUEUE = "/api/v1/fba-onsite/pending-reviews";
    private static final String SERVICES_QUEUE = "/api/v1/services/pending-reviews";

    @Test
    void theCallerSeesTheirNameAndRoles() {
        RestAssured.given().auth().preemptive().basic("reviewer", "reviewer").get("/api/v1/me").then()
                .statusCode(200).body("name", equalTo("reviewer")).body("roles", contains("reviewer"));
        RestAssured.given().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void withoutAnIdentityProviderTheConsoleAsksForAUserAndPassword() {
        RestAssured.given().get("/console/session").then().statusCode(200)
                .body("signIn", equalTo("password")).body("accessToken", nullValue());
        RestAssured.given().get("/console/").then().statusCode(200);
        RestAssured.given().redirects().follow(false).get("/console/sign-in").then().statusCode(401);
    }

    /** A seller deactivated on its 4th strike (four weeks from the given Sunday), so it may send a plan of action. */
    private static String deactivatedSeller(String firstSunday) {
        Submission seller = Submission.forNewSeller();
        for (int week = 0; week < 4; week++) {
            submit(seller.week(LocalDate.parse(firstSunday).plusWeeks(week).toString()).clean()
                    .with("unitsLateProcessed", 7)).statusCode(201);
        }
        return seller.sellerId();
    }

    @Test
    void submittedPlansWaitInTheQueueOldestFirstUntilDecided() {
        String first = submitPlan(deactivatedSeller("2026-03-01"), "2026-03-30");
        String second = submitPlan(deactivatedSeller("2026-03-01"), "2026-03-30");
        List<String> ids = given().get(FBA_QUEUE).then().statusCode(200).extract().path("id");
        assertTrue(ids.indexOf(first) >= 0 && ids.indexOf(first) < ids.indexOf(second), "oldest first: " + ids);
        given().get(FBA_QUEUE).then().body("find { it.id == '" + first + "' }.kind", equalTo("PLAN_OF_ACTION"))
                .body("find { it.id == '" + first + "' }.summary", equalTo("Carrier pick-ups missed"))
                .body("find { it.id == '" + first + "' }.submittedOn", equalTo("2026-03-30"));

        decidePlan(first, true, "2026-03-31").statusCode(200);
        given().get(FBA_QUEUE).then().body("id", not(hasItem(first))).body("id", hasItem(second));
    }

    @Test
    void anOpenAppealWaitsInTheQueueWithItsSeller() {
        Submission seller = Submission.forNewSeller();
        String assessmentId = submit(seller.week("2026-05-03").clean().with("unitsLateProcessed", 7))
                .statusCode(201).extract().path("assessmentId");
        String appealId = given().contentType(ContentType.JSON)
                .body(Map.of("metric", "LATE_PROCESSING_RATE", "missesAppealed", 1, "reason", "Carrier scan missing"))
                .post(FbaApi.ASSESSMENTS + "/" + assessmentId + "/appeals").then().statusCode(201).extract().path("appealId");
        given().get(FBA_QUEUE).then().statusCode(200)
                .body("find { it.id == '" + appealId + "' }.kind", equalTo("APPEAL"))
                .body("find { it.id == '" + appealId + "' }.subjectId", equalTo(seller.sellerId()));
    }

    @Test
    void aSubmittedImprovementPlanWaitsInTheServicesQueueUntilDecided() {
        Map<String, Object> month = ServicesApi.cleanMonth();
        ServicesApi.evaluate(month).statusCode(201);
        String provider = (String) month.get("providerId");
        given().contentType(ContentType.JSON).body(Map.of("action", "SUSPEND", "on", "2026-03-01", "improvementPlanRequired", true))
                .post("/api/v1/services/providers/" + provider + "/account-actions").then().statusCode(200);
        String planId = given().contentType(ContentType.JSON)
                .body(Map.of("improvementPlan", "Confirm appointments the day before", "submittedOn", "2026-03-02"))
                .post("/api/v1/services/providers/" + provider + "/improvement-plans").then().statusCode(201)
                .extract().path("planId");
        given().get(SERVICES_QUEUE).then().statusCode(200)
                .body("find { it.id == '" + planId + "' }.subjectId", equalTo(provider))
                .body("find { it.id == '" + planId + "' }.program", equalTo("services"));
        given().contentType(ContentType.JSON).body(Map.of("approved", true, "decidedOn", "2026-03-04"))
                .post("/api/v1/services/improvement-plans/" + planId + "/decision").then().statusCode(200);
        given().get(SERVICES_QUEUE).then().body("id", not(hasItem(planId)));
    }

    @Test
    void aSearchByIdFindsTheSellerAndTheProviderItIsAndAnEmptyListWhereItIsNeither() {
        String seller = deactivatedSeller("2026-03-01");
        Map<String, Object> month = ServicesApi.cleanMonth();
        ServicesApi.evaluate(month).statusCode(201);
        String provider = (String) month.get("providerId");

        given().queryParam("id", seller).get("/api/v1/sellers").then().statusCode(200)
                .body("sellerId", contains(seller));
        given().queryParam("id", seller).get("/api/v1/services/providers").then().statusCode(200)
                .body("size()", equalTo(0));
        given().queryParam("id", provider).get("/api/v1/services/providers").then().statusCode(200)
                .body("providerId", contains(provider));
        given().queryParam("id", provider).get("/api/v1/sellers").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aSearchWithoutAnIdOrWithAMalformedOneIsBadInput() {
        given().get("/api/v1/sellers").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().queryParam("id", "no spaces").get("/api/v1/services/providers").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void theActiveVersionIsListedAndItsFilesReadBack() {
        String active = given().get("/api/v1/rules").then().extract().path("version");
        given().get("/api/v1/rules/versions").then().statusCode(200)
                .body("find { it.version == '" + active + "' }.active", equalTo(true));
        Map<String, String> texts = given().get("/api/v1/rules/versions/" + active).then().statusCode(200)
                .body("active", equalTo(true)).extract().jsonPath().getMap("files.collectEntries { [it.path, it.text] }");
        assertEquals(FixedRules.files(), texts);
    }

    @Test
    void aVersionNeverStoredIsNotFoundAndAMalformedOneIsBadInput() {
        given().get("/api/v1/rules/versions/" + "0".repeat(64)).then().statusCode(404);
        given().get("/api/v1/rules/versions/not-a-version").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
    }
}
