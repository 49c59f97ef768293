package com.marketplace.sellerperformance.fbaonsite.ladder;

import static com.marketplace.sellerperformance.testing.FbaApi.decidePlan;
import static com.marketplace.sellerperformance.testing.FbaApi.standing;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static com.marketplace.sellerperformance.testing.FbaApi.submitPlan;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.marketplace.sellerperformance.testing.AsTester;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** docs/policy.md §1.4–§1.6: strikes, the penalty ladder, the Prime badge and reactivation, as a client sees them. */
@QuarkusTest
class FbaStrikeLadderTest {
    private static final LocalDate FIRST_SUNDAY = LocalDate.parse("2026-01-04");

    /** Week i (from 0) of 2026, with one missed metric: 7 late units of 1000. */
    private static Submission weekWithOneMiss(Submission seller, int week) {
        return seller.week(FIRST_SUNDAY.plusWeeks(week).toString()).clean().with("unitsLateProcessed", 7);
    }

    @Test
    void sevenWeeksEachWithOneMissWalkTheWholeLadder() {
        Submission seller = Submission.forNewSeller();
        List<String> penalties = List.of("FORMAL_WARNING", "FORMAL_WARNING", "PRIME_BADGE_REMOVAL",
                "DEACTIVATION", "DEACTIVATION", "DEACTIVATION", "DEACTIVATION");
        List<Integer> minimumDays = Arrays.asList(null, null, null, 7, 14, 28, 70);
        for (int week = 0; week < 7; week++) {
            submit(weekWithOneMiss(seller, week))
                    .statusCode(201)
                    .body("strikes.size()", equalTo(1))
                    .body("strikes[0].number", equalTo(week + 1))
                    .body("strikes[0].metric", equalTo("LATE_PROCESSING_RATE"))
                    .body("strikes[0].penalty", equalTo(penalties.get(week)))
                    .body("strikes[0].minimumDeactivationDays", equalTo(minimumDays.get(week)))
                    .body("strikes[0].status", equalTo("ACTIVE"))
                    .body("standing.activeStrikes", equalTo(week + 1));
        }
        // 4th strike on 2026-02-01: 7 days, to 2026-02-07; each later one extends the deactivation.
        standing(seller.sellerId(), "2026-02-01").statusCode(200)
                .body("accountStatus", equalTo("DEACTIVATED"))
                .body("deactivation.reason", equalTo("STRIKE"))
                .body("deactivation.since", equalTo("2026-02-01"))
                .body("deactivation.minimumUntil", equalTo("2026-02-07"))
                .body("deactivation.planOfActionRequired", equalTo(true))
                .body("deactivation.planOfActionStatus", equalTo("MISSING"))
                .body("deactivation.reactivatesOn", nullValue())
                .body("penalty", equalTo("DEACTIVATION"));
        // 7th strike on 2026-02-22: 70 days, to 2026-05-02; still the deactivation that began on 02-01.
        standing(seller.sellerId(), "2026-02-22")
                .body("deactivation.since", equalTo("2026-02-01"))
                .body("deactivation.minimumUntil", equalTo("2026-05-02"))
                .body("primeBadge", equalTo(false));
    }

    @Test
    void aStrikeIssued84DaysEarlierNoLongerCounts() {
        Submission seller = Submission.forNewSeller();
        submit(weekWithOneMiss(seller, 0)).statusCode(201).body("assessedOn", equalTo("2026-01-11"));
        submit(seller.period("2026-03-29", "2026-04-04").with("assessedOn", "2026-04-05"))
                .statusCode(201)
                .body("strikes[0].number", equalTo(1))
                .body("strikes[0].penalty", equalTo("FORMAL_WARNING"));
        standing(seller.sellerId(), "2026-04-04").body("activeStrikes", equalTo(1))
                .body("strikes[0].issuedOn", equalTo("2026-01-11"))
                .body("strikes[0].expiresOn", equalTo("2026-04-05"));
    }

    @Test
    void aStrikeIssued83DaysEarlierStillCounts() {
        Submission seller = Submission.forNewSeller();
        submit(weekWithOneMiss(seller, 0)).statusCode(201);
        submit(seller.period("2026-03-28", "2026-04-03").with("assessedOn", "2026-04-04"))
                .statusCode(201)
                .body("strikes[0].number", equalTo(2));
    }

    @Test
    void twoMissesInOneWeekAfterTwoStrikesAreStrikesThreeAndFourWithASevenDayDeactivation() {
        Submission seller = Submission.forNewSeller();
        submit(weekWithOneMiss(seller, 0)).statusCode(201);
        submit(weekWithOneMiss(seller, 1)).statusCode(201);
        submit(weekWithOneMiss(seller, 2).with("unitsLateHandover", 9))
                .statusCode(201)
                .body("strikes.number", equalTo(List.of(3, 4)))
                .body("strikes.metric", equalTo(List.of("LATE_PROCESSING_RATE", "LATE_HANDOVER_RATE")))
                .body("strikes.penalty", equalTo(List.of("PRIME_BADGE_REMOVAL", "DEACTIVATION")))
                .body("standing.accountStatus", equalTo("DEACTIVATED"))
                .body("standing.deactivation.since", equalTo("2026-01-25"))
                .body("standing.deactivation.minimumUntil", equalTo("2026-01-31"));
    }

    @Test
    void theBadgeComesBackAfterACleanWeekAndTheStrikesStay() {
        Submission seller = Submission.forNewSeller();
        submit(weekWithOneMiss(seller, 0)).statusCode(201).body("standing.primeBadge", equalTo(true));
        submit(weekWithOneMiss(seller, 1)).statusCode(201);
        submit(weekWithOneMiss(seller, 2)).statusCode(201)
                .body("standing.primeBadge", equalTo(false))
                .body("standing.penalty", equalTo("PRIME_BADGE_REMOVAL"));
        submit(seller.week("2026-01-25").clean()).statusCode(201)
                .body("strikes", empty())
                .body("standing.primeBadge", equalTo(true))
                .body("standing.activeStrikes", equalTo(3))
                .body("standing.penalty", equalTo("FORMAL_WARNING"));
    }

    @Test
    void aNewSellerHasNoBadgeBeforeItsFirstAssessment() {
        Submission seller = Submission.forNewSeller();
        submit(seller.clean()).statusCode(201);
        standing(seller.sellerId(), "2026-11-14")
                .body("primeEligible", equalTo(false)).body("primeBadge", equalTo(false));
        standing(seller.sellerId(), "2026-11-15")
                .body("primeEligible", equalTo(true)).body("primeBadge", equalTo(true))
                .body("accountStatus", equalTo("ACTIVE")).body("penalty", nullValue());
    }

    /** Strikes 1–3 in August 2026, the 4th on Sunday 2026-08-30. */
    private static Submission sellerWithAFourthStrikeOn20260830() {
        Submission seller = Submission.forNewSeller();
        for (String sunday : List.of("2026-08-02", "2026-08-09", "2026-08-16")) {
            submit(seller.week(sunday).clean().with("unitsCancelled", 9)).statusCode(201);
        }
        submit(seller.week("2026-08-23").clean().with("unitsCancelled", 9))
                .statusCode(201)
                .body("assessedOn", equalTo("2026-08-30"))
                .body("strikes[0].number", equalTo(4));
        return seller;
    }

    @Test
    void aFourthStrikeOnAugust30WithAPlanApprovedOnSeptember1ReactivatesOnSeptember8() {
        Submission seller = sellerWithAFourthStrikeOn20260830();
        String plan = submitPlan(seller.sellerId(), "2026-08-31");
        standing(seller.sellerId(), "2026-08-31").body("deactivation.planOfActionStatus", equalTo("SUBMITTED"));
        decidePlan(plan, true, "2026-09-01").statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("standing.deactivation.planOfActionStatus", equalTo("APPROVED"))
                .body("standing.deactivation.minimumUntil", equalTo("2026-09-05"))
                .body("standing.deactivation.reactivatesOn", equalTo("2026-09-08"));
        standing(seller.sellerId(), "2026-09-07").body("accountStatus", equalTo("DEACTIVATED"));
        standing(seller.sellerId(), "2026-09-08").body("accountStatus", equalTo("ACTIVE"))
                .body("deactivation", nullValue());
    }

    @Test
    void aPlanApprovedAfterTheMinimumPeriodReactivatesOnTheNextBusinessDayAfterApproval() {
        Submission seller = sellerWithAFourthStrikeOn20260830();
        String plan = submitPlan(seller.sellerId(), null);
        decidePlan(plan, true, "2026-09-11").statusCode(200)
                .body("standing.deactivation.reactivatesOn", equalTo("2026-09-14"));
        standing(seller.sellerId(), "2026-09-10").body("accountStatus", equalTo("DEACTIVATED"))
                .body("deactivation.reactivatesOn", nullValue());
        standing(seller.sellerId(), "2026-09-14").body("accountStatus", equalTo("ACTIVE"));
    }

    @Test
    void aRejectedPlanKeepsTheSellerDeactivated() {
        Submission seller = sellerWithAFourthStrikeOn20260830();
        String plan = submitPlan(seller.sellerId(), "2026-08-31");
        decidePlan(plan, false, "2026-09-02").statusCode(200)
                .body("standing.deactivation.planOfActionStatus", equalTo("REJECTED"));
        standing(seller.sellerId(), "2026-10-30").body("accountStatus", equalTo("DEACTIVATED"));
        decidePlan(plan, true, "2026-09-03").statusCode(409);
    }

    @Test
    void theStandingOfADayIsTheSameWhicheverDayItIsAsked() {
        Submission seller = sellerWithAFourthStrikeOn20260830();
        String before = standing(seller.sellerId(), "2026-09-03").extract().asString();
        submitPlan(seller.sellerId(), "2026-09-10");
        String after = standing(seller.sellerId(), "2026-09-03").extract().asString();
        Assertions.assertEquals(before, after);
    }

    @Test
    void aPlanForASellerWithoutADeactivationIsAConflict() {
        Submission seller = Submission.forNewSeller();
        submit(weekWithOneMiss(seller, 0)).statusCode(201);
        AsTester.given().contentType(ContentType.JSON)
                .body(Map.of("rootCause", "a", "correctiveActions", "b", "preventiveActions", "c"))
                .post("/api/v1/sellers/" + seller.sellerId() + "/plans-of-action").then().statusCode(409);
    }

    @Test
    void theStandingOfAnUnknownSellerIsNotFound() {
        standing("NEVER-SEEN-SELLER", "2026-11-22").statusCode(404);
    }
}
