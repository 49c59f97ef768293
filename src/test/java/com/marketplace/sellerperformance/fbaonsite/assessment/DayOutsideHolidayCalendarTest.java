package com.marketplace.sellerperformance.fbaonsite.assessment;

import static com.marketplace.sellerperformance.testing.FbaApi.decidePlan;
import static com.marketplace.sellerperformance.testing.FbaApi.standing;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static com.marketplace.sellerperformance.testing.FbaApi.submitPlan;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixed rule set's holiday calendar covers 2026 and 2027 only. A reactivation day that has to be
 * looked for in 2028 is not guessed as if 2028 had no holidays: the request fails with a problem naming
 * the day and the covered years, and nothing is written.
 */
@QuarkusTest
class DayOutsideHolidayCalendarTest {

    /**
     * Strikes 1–3 in December 2027, the 4th on Sunday 2027-12-26: its 7-day minimum ends on Saturday
     * 2028-01-01, so the first day whose holidays matter is Monday 2028-01-03.
     */
    private static Submission sellerWithAFourthStrikeOn20271226() {
        Submission seller = Submission.forNewSeller();
        for (String sunday : List.of("2027-11-28", "2027-12-05", "2027-12-12", "2027-12-19")) {
            submit(seller.week(sunday).clean().with("unitsCancelled", 9)).statusCode(201);
        }
        standing(seller.sellerId(), "2027-12-26").statusCode(200)
                .body("accountStatus", equalTo("DEACTIVATED"))
                .body("deactivation.minimumUntil", equalTo("2028-01-01"));
        return seller;
    }

    @Test
    void approvingAPlanWhoseReactivationDayFallsAfterTheCoveredYearsFailsNamingTheDayAndTheYears() {
        Submission seller = sellerWithAFourthStrikeOn20271226();
        String plan = submitPlan(seller.sellerId(), "2027-12-27");

        decidePlan(plan, true, "2027-12-28").statusCode(500)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://seller-performance/problems/rules-failed"))
                .body("detail", containsString("2028-01-03"))
                .body("detail", containsString("2026 to 2027"));

        standing(seller.sellerId(), "2027-12-30").statusCode(200)
                .body("deactivation.planOfActionStatus", equalTo("SUBMITTED"));
    }

    @Test
    void aReactivationDayInsideTheCoveredYearsIsStillAnswered() {
        Submission seller = Submission.forNewSeller();
        for (String sunday : List.of("2027-11-21", "2027-11-28", "2027-12-05", "2027-12-12")) {
            submit(seller.week(sunday).clean().with("unitsCancelled", 9)).statusCode(201);
        }
        String plan = submitPlan(seller.sellerId(), "2027-12-20");
        decidePlan(plan, true, "2027-12-21").statusCode(200)
                .body("standing.deactivation.reactivatesOn", equalTo("2027-12-27"));
    }
}
