package com.marketplace.sellerperformance.serviceproviders.account;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.ServicesApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Services account actions and improvement plans, as rules/services/account/account.drl allows them. */
@QuarkusTest
class ServicesAccountActionRulesTest {
    @Inject
    Rows rows;

    private static ValidatableResponse act(String provider, Map<String, Object> action) {
        return given().contentType(ContentType.JSON).body(action)
                .post("/api/v1/services/providers/" + provider + "/account-actions").then();
    }

    private static ValidatableResponse submitPlan(String provider, String submittedOn) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("improvementPlan", "Confirm every appointment the day before", "submittedOn", submittedOn))
                .post("/api/v1/services/providers/" + provider + "/improvement-plans").then();
    }

    private static Map<String, Object> suspension(String on) {
        Map<String, Object> action = new HashMap<>();
        action.put("action", "SUSPEND");
        action.put("on", on);
        action.put("improvementPlanRequired", true);
        return action;
    }

    @Test
    void anUnknownAccountActionIsBadInputNamingTheActionAndWritesNothing() {
        String provider = ServicesApi.newProvider();
        var before = rows.count();

        act(provider, Map.of("action", "FREEZE", "on", "2027-02-01")).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("errors.field", equalTo(List.of("action")))
                .body("errors[0].message", containsString("FREEZE"));

        assertEquals(before, rows.count());
        given().queryParam("on", "2027-02-01").get("/api/v1/services/providers/" + provider + "/account").then()
                .statusCode(200)
                .body("accountStatus", equalTo("ACTIVE"))
                .body("actions", equalTo(List.of()));
    }

    @Test
    void aKnownActionNotAllowedFromTheCurrentStatusIsAConflictAndWritesNothing() {
        String provider = ServicesApi.newProvider();
        act(provider, suspension("2027-02-01")).statusCode(200).body("accountStatus", equalTo("SUSPENDED"));
        var before = rows.count();

        act(provider, Map.of("action", "START_REVIEW", "on", "2027-02-02")).statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("cannot START_REVIEW an account that is SUSPENDED"));

        assertEquals(before, rows.count());
    }

    @Test
    void anImprovementPlanForAProviderThatIsNotSuspendedIsAConflictAndWritesNothing() {
        String provider = ServicesApi.newProvider();
        act(provider, Map.of("action", "START_REVIEW", "on", "2027-03-01")).statusCode(200)
                .body("accountStatus", equalTo("UNDER_REVIEW"));
        var before = rows.count();

        submitPlan(provider, "2027-03-02").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("UNDER_REVIEW"));
        submitPlan(ServicesApi.newProvider(), "2027-03-02").statusCode(409);

        assertEquals(before.get("improvement_plan"), rows.count().get("improvement_plan"));
    }

    @Test
    void anImprovementPlanForASuspendedProviderIsCreated() {
        String provider = ServicesApi.newProvider();
        act(provider, suspension("2027-04-01")).statusCode(200);

        submitPlan(provider, "2027-04-03").statusCode(201)
                .header("Location", containsString("/api/v1/services/improvement-plans/"))
                .body("status", equalTo("SUBMITTED"))
                .body("providerId", equalTo(provider))
                .body("account.accountStatus", equalTo("SUSPENDED"));
    }
}
