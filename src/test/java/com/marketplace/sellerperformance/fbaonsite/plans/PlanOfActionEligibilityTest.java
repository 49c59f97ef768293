package com.marketplace.sellerperformance.fbaonsite.plans;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.dailyCheck;
import static com.marketplace.sellerperformance.testing.FbaApi.standing;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan of action is taken only on a day the seller's deactivation requires one (rules/fba-onsite/standing/standing.drl). */
@QuarkusTest
class PlanOfActionEligibilityTest {
    @Inject
    Rows rows;

    private static ValidatableResponse submitPlan(String sellerId, String submittedOn) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("rootCause", "Stock counts out of date", "correctiveActions", "Recounted all bins",
                        "preventiveActions", "Daily cycle counts", "submittedOn", submittedOn))
                .post("/api/v1/sellers/" + sellerId + "/plans-of-action").then();
    }

    /** Weeks of 9 cancelled units in 1000 (over the 0.4 % goal), one strike each, from the given Sunday. */
    private static String sellerMissingWeeks(String firstSunday, int weeks) {
        Submission seller = Submission.forNewSeller();
        LocalDate sunday = LocalDate.parse(firstSunday);
        for (int week = 0; week < weeks; week++) {
            submit(seller.week(sunday.plusWeeks(week).toString()).with("unitsCancelled", 9)).statusCode(201);
        }
        return seller.sellerId();
    }

    @Test
    void aPlanOfActionIsAcceptedDuringADeactivationThatRequiresOne() {
        // The 4th strike, issued on Sunday 2027-04-04, deactivates for at least 7 days.
        String seller = sellerMissingWeeks("2027-03-07", 4);
        standing(seller, "2027-04-05").body("deactivation.planOfActionRequired", equalTo(true));

        submitPlan(seller, "2027-04-05").statusCode(201)
                .header("Location", containsString("/api/v1/plans-of-action/"))
                .body("status", equalTo("SUBMITTED"))
                .body("sellerId", equalTo(seller));
        standing(seller, "2027-04-05").body("deactivation.planOfActionStatus", equalTo("SUBMITTED"));
    }

    @Test
    void aPlanOfActionDatedBeforeTheDeactivationIsAConflictAndWritesNothing() {
        String seller = sellerMissingWeeks("2027-03-07", 4);
        var before = rows.count();

        submitPlan(seller, "2027-04-03").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("2027-04-03"));

        assertEquals(before, rows.count());
    }

    @Test
    void aPlanOfActionForASellerWhoseStrikesHaveExpiredIsAConflict() {
        // Strikes issued on 2027-01-10 and 2027-01-17: both expired by 2027-05-03.
        String seller = sellerMissingWeeks("2027-01-03", 2);
        standing(seller, "2027-05-03").body("activeStrikes", equalTo(0)).body("accountStatus", equalTo("ACTIVE"));
        var before = rows.count();

        submitPlan(seller, "2027-05-03").statusCode(409);

        assertEquals(before, rows.count());
    }

    @Test
    void aPlanOfActionForAnImmediateDeactivationWhichNeedsNoneIsAConflict() {
        String seller = Submission.newSellerId();
        dailyCheck(seller, "2027-06-08", 6, 100).statusCode(201)
                .body("standing.deactivation.reason", equalTo("IMMEDIATE"))
                .body("standing.deactivation.planOfActionRequired", equalTo(false));

        submitPlan(seller, "2027-06-08").statusCode(409);
    }
}
