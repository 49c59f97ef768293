package com.marketplace.sellerperformance.fbaonsite.backtest;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.ForbiddenRules;
import com.marketplace.sellerperformance.testing.ForbiddenRules.Probe;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A back-test of a draft whose code reaches beyond deciding (the policy beside a probe, on a range with
 * a seller on record, so its rules would run) is a 422 problem naming file, rule and reference; nothing
 * of it ran and nothing was written.
 */
@QuarkusTest
class BacktestForbiddenRuleCodeTest {
    private static final LocalDate JANUARY = LocalDate.of(2040 + new SecureRandom().nextInt(61), 1, 1);

    @Inject
    Rows rows;

    private static boolean sellerOnRecord;

    @BeforeEach
    void aSellerAssessedInTheRange() {
        ForbiddenRules.clearEvidence();
        if (sellerOnRecord) {
            return;
        }
        sellerOnRecord = true;
        String firstSunday = JANUARY.with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY)).toString();
        FbaApi.submit(Submission.forNewSeller().week(firstSunday)).statusCode(201);
    }

    static List<Probe> probes() {
        return ForbiddenRules.all();
    }

    @ParameterizedTest
    @MethodSource("probes")
    void aDraftThatReachesBeyondDecidingIsRefusedAndNothingOfItRuns(Probe probe) {
        Map<String, String> files = FixedRules.files();
        files.put("fba-onsite/measure/probe.drl", probe.drl());
        var before = rows.count();
        given().contentType(ContentType.JSON)
                .body(Map.of("files", files, "from", JANUARY.toString(), "to", JANUARY.withDayOfMonth(31).toString()))
                .queryParam("size", 1)
                .post("/api/v1/rules/backtest").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://seller-performance/problems/rule-code-refused"))
                .body("refused[0].file", equalTo("fba-onsite/measure/probe.drl"))
                .body("refused[0].rule", equalTo(probe.owner()))
                .body("refused.reference", hasItem(startsWith(probe.reference())));
        assertEquals(List.of(), ForbiddenRules.evidence());
        assertEquals(before, rows.count());
    }
}
