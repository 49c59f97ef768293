package com.marketplace.sellerperformance.fbaonsite.dailychecks;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.ASSESSMENTS;
import static com.marketplace.sellerperformance.testing.FbaApi.dailyCheck;
import static com.marketplace.sellerperformance.testing.FbaApi.standing;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/policy.md §1.7: immediate deactivation by daily checks, and three of them in a period as a strike. */
@QuarkusTest
class DailyCheckTest {
    @Inject
    Rows rows;

    @Test
    void fiveUnitsOrExactlyFivePercentStayActive() {
        String seller = Submission.newSellerId();
        dailyCheck(seller, "2026-11-09", 5, 50).statusCode(201)
                .body("deactivated", equalTo(false)).body("exceeded", empty());
        dailyCheck(seller, "2026-11-10", 6, 120).statusCode(201)
                .body("deactivated", equalTo(false))
                .body("standing.accountStatus", equalTo("ACTIVE"));
    }

    @Test
    void sixUnitsOverFivePercentDeactivateAndACleanNextDayReactivates() {
        String seller = Submission.newSellerId();
        dailyCheck(seller, "2026-11-10", 6, 100).statusCode(201)
                .body("deactivated", equalTo(true))
                .body("exceeded", equalTo(List.of("CANCELLATION")))
                .body("standing.accountStatus", equalTo("DEACTIVATED"))
                .body("standing.deactivation.reason", equalTo("IMMEDIATE"))
                .body("standing.deactivation.since", equalTo("2026-11-10"))
                .body("standing.deactivation.planOfActionRequired", equalTo(false));
        dailyCheck(seller, "2026-11-11", 0, 100).statusCode(201)
                .body("deactivated", equalTo(false))
                .body("standing.accountStatus", equalTo("ACTIVE"));
        standing(seller, "2026-11-10").body("accountStatus", equalTo("DEACTIVATED"));
    }

    @Test
    void moreThanFiveFastTrackPendingUnitsDeactivateWhateverTheAffectedUnits() {
        dailyCheck(Map.of("sellerId", Submission.newSellerId(), "day", "2026-11-10", "fastTrackPendingUnits", 6,
                "cancelledUnits", 0, "lateProcessedUnits", 7, "lateHandoverUnits", 0, "affectedUnits", 10000))
                .statusCode(201)
                .body("deactivated", equalTo(true))
                .body("exceeded", equalTo(List.of("FAST_TRACK_PENDING")));
    }

    @Test
    void threeImmediateDeactivationsInAnAssessedWeekAreAStrikeOfItsAssessment() {
        Submission seller = Submission.forNewSeller().week("2026-11-01").clean();
        dailyCheck(seller.sellerId(), "2026-11-02", 6, 100).body("deactivated", equalTo(true));
        dailyCheck(seller.sellerId(), "2026-11-03", 0, 100).body("deactivated", equalTo(false));
        dailyCheck(seller.sellerId(), "2026-11-04", 7, 100).body("deactivated", equalTo(true));
        dailyCheck(seller.sellerId(), "2026-11-06", 8, 100).body("deactivated", equalTo(true));
        submit(seller).statusCode(201)
                .body("metrics.status", equalTo(List.of("MET", "MET", "MET", "NOT_APPLICABLE")))
                .body("strikes.size()", equalTo(1))
                .body("strikes[0].metric", equalTo("IMMEDIATE_DEACTIVATIONS"))
                .body("strikes[0].number", equalTo(1));
    }

    @Test
    void aThirdImmediateDeactivationAfterTheAssessmentAddsTheStrikeToIt() {
        Submission seller = Submission.forNewSeller().week("2026-11-01").clean();
        String id = submit(seller).statusCode(201).body("strikes", empty()).extract().path("assessmentId");
        dailyCheck(seller.sellerId(), "2026-11-02", 6, 100);
        dailyCheck(seller.sellerId(), "2026-11-03", 6, 100);
        dailyCheck(seller.sellerId(), "2026-11-09", 6, 100); // outside the period
        given().get(ASSESSMENTS + "/" + id).then().body("strikes", empty());
        dailyCheck(seller.sellerId(), "2026-11-07", 6, 100).statusCode(201);
        given().get(ASSESSMENTS + "/" + id).then()
                .body("strikes.metric", equalTo(List.of("IMMEDIATE_DEACTIVATIONS")))
                .body("strikes[0].issuedOn", equalTo("2026-11-08"));
    }

    @Test
    void theSameDayTwiceIsOneCheckAndOtherNumbersAreAConflict() {
        String seller = Submission.newSellerId();
        String id = dailyCheck(seller, "2026-11-10", 6, 100).statusCode(201).extract().path("checkId");
        dailyCheck(seller, "2026-11-10", 6, 100).statusCode(200).body("checkId", equalTo(id));
        dailyCheck(seller, "2026-11-10", 2, 100).statusCode(409);
    }

    @Test
    void badDailyChecksAreRefusedAndNothingIsWritten() {
        var before = rows.count();
        dailyCheck(Map.of("sellerId", "S-D1", "day", "2026-11-10", "fastTrackPendingUnits", -1,
                "cancelledUnits", 0, "lateProcessedUnits", 0, "lateHandoverUnits", 0, "affectedUnits", 10))
                .statusCode(400).body("errors.field", hasItem("fastTrackPendingUnits"));
        dailyCheck(Map.of("sellerId", "S-D1", "day", "10/11/2026")).statusCode(400)
                .body("errors.field", hasItem("day"));
        assertEquals(before, rows.count());
    }
}
