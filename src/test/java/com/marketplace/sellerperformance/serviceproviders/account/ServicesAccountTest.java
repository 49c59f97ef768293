package com.marketplace.sellerperformance.serviceproviders.account;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.ServicesApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/policy.md §2.3: account status through reviewers' actions, withheld funds, reinstatement. */
@QuarkusTest
class ServicesAccountTest {
    @Inject
    Rows rows;

    private static ValidatableResponse act(String provider, String action, String on, String reinstatesOn,
                                           Boolean planRequired) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("on", on);
        if (reinstatesOn != null) {
            body.put("reinstatesOn", reinstatesOn);
        }
        if (planRequired != null) {
            body.put("improvementPlanRequired", planRequired);
        }
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/services/providers/" + provider + "/account-actions").then();
    }

    private static ValidatableResponse account(String provider, String on) {
        return given().queryParam("on", on).get("/api/v1/services/providers/" + provider + "/account").then();
    }

    @Test
    void anAccountIsActiveUntilAReviewerActs() {
        String provider = ServicesApi.newProvider();
        account(provider, "2026-11-01").statusCode(200)
                .body("accountStatus", equalTo("ACTIVE"))
                .body("fundsWithheldUntil", nullValue())
                .body("latestPerformanceStatus", equalTo("GOOD_STANDING"));
    }

    @Test
    void fundsAreWithheldNinetyDaysWhenAReviewNeverCompletes() {
        String provider = ServicesApi.newProvider();
        act(provider, "START_REVIEW", "2026-01-05", null, null).statusCode(200)
                .body("accountStatus", equalTo("UNDER_REVIEW"))
                .body("fundsWithheldUntil", equalTo("2026-04-05"));
        account(provider, "2026-06-01").body("accountStatus", equalTo("UNDER_REVIEW"))
                .body("fundsWithheldUntil", equalTo("2026-04-05"));
    }

    @Test
    void fundsAreWithheldOnlyUntilAReviewCompletes() {
        String provider = ServicesApi.newProvider();
        act(provider, "START_REVIEW", "2026-01-05", null, null).statusCode(200);
        act(provider, "COMPLETE_REVIEW", "2026-01-20", null, null).statusCode(200)
                .body("accountStatus", equalTo("ACTIVE"))
                .body("fundsWithheldUntil", equalTo("2026-01-20"));
    }

    @Test
    void aSuspensionWithAReinstatementDateEndsOnThatDate() {
        String provider = ServicesApi.newProvider();
        act(provider, "SUSPEND", "2026-03-01", "2026-03-15", false).statusCode(200)
                .body("accountStatus", equalTo("SUSPENDED"))
                .body("reinstatesOn", equalTo("2026-03-15"))
                .body("fundsWithheldUntil", equalTo("2026-03-15"));
        account(provider, "2026-03-14").body("accountStatus", equalTo("SUSPENDED"))
                .body("actions", hasSize(1));
        account(provider, "2026-03-15").body("accountStatus", equalTo("ACTIVE"))
                .body("since", equalTo("2026-03-15"))
                .body("actions", hasSize(2))
                .body("actions[1].action", equalTo("REINSTATE"))
                .body("actions[1].on", equalTo("2026-03-15"))
                .body("actions[1].takenBy", equalTo("system"));
    }

    @Test
    void theAccountAsOfADayCountsOnlyTheActionsTakenByThen() {
        String provider = ServicesApi.newProvider();
        act(provider, "START_REVIEW", "2026-03-01", null, null).statusCode(200);
        act(provider, "SUSPEND", "2026-03-10", "2026-04-01", false).statusCode(200);
        given().queryParam("on", "2026-03-20").queryParam("asOf", "2026-03-05")
                .get("/api/v1/services/providers/" + provider + "/account").then().statusCode(200)
                .body("accountStatus", equalTo("UNDER_REVIEW"))
                .body("actions", hasSize(1));
        given().queryParam("on", "2026-04-02").queryParam("asOf", "2026-03-10")
                .get("/api/v1/services/providers/" + provider + "/account").then()
                .body("accountStatus", equalTo("ACTIVE"))
                .body("since", equalTo("2026-04-01"));
        given().queryParam("asOf", "2026-13-01")
                .get("/api/v1/services/providers/" + provider + "/account").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void aSuspensionRequiringAnImprovementPlanEndsWhenAReviewerReinstates() {
        String provider = ServicesApi.newProvider();
        act(provider, "SUSPEND", "2026-03-01", null, true).statusCode(200)
                .body("improvementPlanRequired", equalTo(true))
                .body("fundsWithheldUntil", equalTo("2026-05-30"));
        act(provider, "REINSTATE", "2026-03-20", null, null).statusCode(200)
                .body("accountStatus", equalTo("ACTIVE"))
                .body("fundsWithheldUntil", equalTo("2026-03-20"));
    }

    @Test
    void anApprovedImprovementPlanAppealingTheSuspensionReinstates() {
        String provider = ServicesApi.newProvider();
        act(provider, "SUSPEND", "2026-03-01", null, true).statusCode(200);
        String plan = given().contentType(ContentType.JSON)
                .body(Map.of("improvementPlan", "Two technicians per job", "appealReason", "Storm week",
                        "submittedOn", "2026-03-03"))
                .post("/api/v1/services/providers/" + provider + "/improvement-plans").then()
                .statusCode(201).body("status", equalTo("SUBMITTED")).extract().path("planId");
        given().contentType(ContentType.JSON).body(Map.of("approved", true, "decidedOn", "2026-03-10"))
                .post("/api/v1/services/improvement-plans/" + plan + "/decision").then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("account.accountStatus", equalTo("ACTIVE"));
    }

    @Test
    void illegalTransitionsAreConflictsAndWriteNothing() {
        String provider = ServicesApi.newProvider();
        var before = rows.count();
        act(provider, "COMPLETE_REVIEW", "2026-02-01", null, null).statusCode(409)
                .body("detail", containsString("cannot COMPLETE_REVIEW an account that is ACTIVE"));
        act(provider, "REINSTATE", "2026-02-01", null, null).statusCode(409);
        assertEquals(before, rows.count());
        act(provider, "SUSPEND", "2026-02-01", "2026-02-10", false).statusCode(200);
        act(provider, "START_REVIEW", "2026-02-02", null, null).statusCode(409);
        act(provider, "SUSPEND", "2026-02-03", "2026-02-20", false).statusCode(409);
    }

    @Test
    void aSuspensionNeedsEitherAReinstatementDateOrAnImprovementPlan() {
        String provider = ServicesApi.newProvider();
        act(provider, "SUSPEND", "2026-02-01", null, false).statusCode(400)
                .body("errors[0].field", equalTo("reinstatesOn"));
        act(provider, "SUSPEND", "2026-02-01", "2026-02-10", true).statusCode(400);
        act(provider, "SUSPEND", "2026-02-01", "2026-01-10", false).statusCode(400);
        act(provider, "PAUSE", "2026-02-01", null, null).statusCode(400).body("errors[0].field", equalTo("action"));
    }

    @Test
    void actionsAreTakenInDateOrder() {
        String provider = ServicesApi.newProvider();
        act(provider, "START_REVIEW", "2026-02-10", null, null).statusCode(200);
        act(provider, "COMPLETE_REVIEW", "2026-02-01", null, null).statusCode(409)
                .body("detail", containsString("date order"));
    }

    @Test
    void anUnknownProviderIsNotFound() {
        account("P-NEVER-SEEN", "2026-01-01").statusCode(404);
    }
}
