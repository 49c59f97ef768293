package com.marketplace.sellerperformance.fbaonsite.backtest;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Back-testing a draft on the facts on record: exactly the sellers whose results change, nothing written.
 * A back-test reads every seller assessed in its range, so the range is a January no other test uses
 * (a year from 2040 to 2100, inside the dates the API accepts, drawn per run, so neither other tests
 * nor an earlier run on the same schema have sellers in it): the three sellers below are the only ones in range.
 */
@QuarkusTest
class BacktestTest {
    private static final LocalDate JANUARY = LocalDate.of(2040 + new SecureRandom().nextInt(61), 1, 1);
    private static final String GOAL = "\"0.006\"),    Comparison.AT_MOST, 2));\n    insert(new MetricGoal(\"SHIPMENT";

    @Inject
    Rows rows;

    private static String fiveLate;
    private static String twoLate;
    private static String sevenLate;

    @BeforeEach
    void threeSellersAssessedInTheirOwnJanuary() {
        if (fiveLate != null) {
            return;
        }
        fiveLate = seller(5);
        twoLate = seller(2);
        sevenLate = seller(7);
    }

    private static String seller(int lateUnits) {
        String firstSunday = JANUARY.with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY)).toString();
        Submission submission = Submission.forNewSeller().week(firstSunday).with("unitsLateProcessed", lateUnits);
        FbaApi.submit(submission).statusCode(201);
        return submission.sellerId();
    }

    private static Map<String, String> draftWithLatePocessingGoal(String goal) throws IOException {
        Map<String, String> files = FixedRules.files();
        String goals = files.get("fba-onsite/tables/goals.drl");
        assertTrue(goals.contains(GOAL), "the test's anchor is missing from fba-onsite/tables/goals.drl");
        files.put("fba-onsite/tables/goals.drl", goals.replace(GOAL, GOAL.replace("0.006", goal)));
        return files;
    }

    private static ValidatableResponse backtest(Map<String, String> files, Map<String, Object> query) {
        return given().contentType(ContentType.JSON).queryParams(query)
                .body(Map.of("files", files, "from", JANUARY.toString(), "to", JANUARY.withDayOfMonth(31).toString()))
                .post("/api/v1/rules/backtest").then();
    }

    @Test
    void aDraftLoweringTheLateProcessingGoalListsExactlyTheSellersWhoseStatusChanges() throws IOException {
        var before = rows.count();
        backtest(draftWithLatePocessingGoal("0.004"), Map.of()).statusCode(200)
                .body("sellersInRange", equalTo(3))
                .body("assessmentsRead", equalTo(3))
                .body("changes.sellerId", equalTo(List.of(fiveLate)))
                .body("changes[0].assessments[0].metrics", equalTo(List.of(Map.of(
                        "metric", "LATE_PROCESSING_RATE", "now", "MET", "withDraft", "MISSED"))))
                .body("changes[0].assessments[0].strikesNow", equalTo(List.of()))
                .body("changes[0].assessments[0].strikesWithDraft[0].penalty", equalTo("FORMAL_WARNING"))
                .body("totals.sellersChanged", equalTo(1))
                .body("totals.strikesAdded", equalTo(1));
        assertEquals(before, rows.count());
    }

    @Test
    void aDraftIdenticalToTheRunningRulesChangesNothing() throws IOException {
        backtest(FixedRules.files(), Map.of()).statusCode(200)
                .body("changes", equalTo(List.of()))
                .body("assessmentsRead", equalTo(3));
    }

    @Test
    void sellersComeInPages() throws IOException {
        backtest(draftWithLatePocessingGoal("0.004"), Map.of("page", 1, "size", 2)).statusCode(200)
                .body("sellersInRange", equalTo(3))
                .body("sellersRead", equalTo(1))
                .body("page", equalTo(1));
    }

    @Test
    void aDraftThatDoesNotCompileIsRefused() throws IOException {
        Map<String, String> files = FixedRules.files();
        files.put("fba-onsite/tables/goals.drl", "package fbaonsite;\nrule \"x\" when then insert(; end");
        backtest(files, Map.of()).statusCode(422).body("errors[0].file", equalTo("fba-onsite/tables/goals.drl"));
    }
}
