package com.marketplace.sellerperformance.contract;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.ASSESSMENTS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.ServicesApi;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the contract: inputs the documented types allow but the service cannot honour are a
 * 400 problem naming the field or parameter at fault, with nothing written, whether or not it is a dry run.
 */
@QuarkusTest
class ContractEdgesTest {
    private static final String EVALUATIONS = "/api/v1/services/evaluations";
    private static final long OVER_THE_BOUND = 1_000_000_000_001L;

    @Inject
    Rows rows;

    private static ValidatableResponse post(String path, Object body, String dryRun) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (dryRun != null) {
            request.queryParam("dryRun", dryRun);
        }
        return request.when().post(path).then();
    }

    private void refused(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", containsString("bad-input"))
                .body("errors.field", hasItem(field));
    }

    private static Map<String, Object> serviceMonth() {
        Map<String, Object> body = new HashMap<>(ServicesApi.cleanMonth());
        return body;
    }

    static Stream<Arguments> countsBeyondTheBound() {
        return Stream.of(
                Arguments.of("a rate of 10^14", ASSESSMENTS, (Supplier<Object>) () -> Submission.forNewSeller()
                        .with("unitsShipped", 1).with("unitsLateProcessed", 100_000_000_000_000L).body(),
                        "unitsLateProcessed"),
                Arguments.of("returns summed past a long", ASSESSMENTS, (Supplier<Object>) () -> Submission.forNewSeller()
                        .returns("CE", Long.MAX_VALUE - 1, 0).returns("CO", Long.MAX_VALUE - 1, 0).body(),
                        "returns[0].shipped"),
                Arguments.of("units cancelled 6300898713855244142", ASSESSMENTS, (Supplier<Object>) () ->
                        Submission.forNewSeller().with("unitsCancelled", 6300898713855244142L).body(), "unitsCancelled"),
                Arguments.of("units shipped one past 10^12", ASSESSMENTS, (Supplier<Object>) () ->
                        Submission.forNewSeller().with("unitsShipped", OVER_THE_BOUND).body(), "unitsShipped"),
                Arguments.of("ratings summed past a long", EVALUATIONS, (Supplier<Object>) () -> {
                    Map<String, Object> body = serviceMonth();
                    body.put("ratings", Map.of("1", Long.MAX_VALUE / 2, "2", Long.MAX_VALUE / 2));
                    return body;
                }, "ratings.1"),
                Arguments.of("completed orders past 10^12", EVALUATIONS, (Supplier<Object>) () -> {
                    Map<String, Object> body = serviceMonth();
                    body.put("completedOrders", OVER_THE_BOUND);
                    return body;
                }, "completedOrders"));
    }

    @ParameterizedTest(name = "{0}, dry run")
    @MethodSource("countsBeyondTheBound")
    void aDryRunRefusesCountsBeyondTheBound(String name, String path, Supplier<Object> body, String field) {
        Map<String, Long> before = rows.count();
        refused(post(path, body.get(), "true"), field);
        assertEquals(before, rows.count());
    }

    @ParameterizedTest(name = "{0}, stored")
    @MethodSource("countsBeyondTheBound")
    void aWriteRefusesTheSameCounts(String name, String path, Supplier<Object> body, String field) {
        Map<String, Long> before = rows.count();
        refused(post(path, body.get(), null), field);
        assertEquals(before, rows.count());
    }

    @Test
    void theBoundItselfIsAccepted() {
        post(ASSESSMENTS, Submission.forNewSeller().with("unitsShipped", 1_000_000_000_000L)
                .with("unitsLateProcessed", 1_000_000_000_000L).body(), "true").statusCode(200);
    }

    @Test
    void dailyChecksAndAppealsHaveTheBoundToo() {
        Map<String, Long> before = rows.count();
        refused(FbaApi.dailyCheck(Map.of("sellerId", Submission.newSellerId(), "day", "2026-11-09",
                "fastTrackPendingUnits", 0, "cancelledUnits", 0, "lateProcessedUnits", 0, "lateHandoverUnits", 0,
                "affectedUnits", OVER_THE_BOUND)), "affectedUnits");
        assertEquals(before, rows.count());

        String assessmentId = FbaApi.submit(Submission.forNewSeller().with("unitsLateProcessed", 7)).statusCode(201)
                .extract().path("assessmentId");
        before = rows.count();
        refused(post(ASSESSMENTS + "/" + assessmentId + "/appeals", Map.of("metric", "LATE_PROCESSING_RATE",
                "missesAppealed", OVER_THE_BOUND, "reason", "scan missing"), null), "missesAppealed");
        assertEquals(before, rows.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "on", "TRUE", "True", "no", ""})
    void dryRunIsTrueOrFalseAndNothingElse(String dryRun) {
        Map<String, Long> before = rows.count();
        refused(post(ASSESSMENTS, Submission.forNewSeller().body(), dryRun), "dryRun");
        refused(post(EVALUATIONS, serviceMonth(), dryRun), "dryRun");
        refused(given().auth().preemptive().basic("analyst", "analyst").contentType(ContentType.JSON)
                .body(Submission.forNewSeller().body()).queryParam("dryRun", dryRun)
                .post(ASSESSMENTS).then(), "dryRun");
        assertEquals(before, rows.count());
    }

    @Test
    void dryRunFalseStores() {
        post(ASSESSMENTS, Submission.forNewSeller().body(), "false").statusCode(201);
    }

    static Stream<Arguments> badParameters() {
        String seller = "/api/v1/sellers/S-1/standing";
        String uuid = "00000000-0000-0000-0000-000000000000";
        return Stream.of(
                Arguments.of("GET", seller + "?on=2026-02-30", "on"),
                Arguments.of("GET", seller + "?on=abc", "on"),
                Arguments.of("GET", seller + "?on=0000-01-01", "on"),
                Arguments.of("GET", seller + "?on=2026-2-3", "on"),
                Arguments.of("GET", "/api/v1/services/providers/P-1/account?on=abc", "on"),
                Arguments.of("GET", ASSESSMENTS + "/" + uuid + "?revision=abc", "revision"),
                Arguments.of("GET", ASSESSMENTS + "/" + uuid + "?revision=0", "revision"),
                Arguments.of("GET", ASSESSMENTS + "/not-a-uuid", "assessmentId"),
                Arguments.of("POST", ASSESSMENTS + "/not-a-uuid/appeals", "assessmentId"),
                Arguments.of("GET", "/api/v1/appeals/not-a-uuid", "appealId"),
                Arguments.of("GET", "/api/v1/plans-of-action/not-a-uuid", "planId"),
                Arguments.of("GET", "/api/v1/fba-onsite/daily-checks/not-a-uuid", "checkId"),
                Arguments.of("GET", EVALUATIONS + "/not-a-uuid", "evaluationId"),
                Arguments.of("GET", "/api/v1/services/improvement-plans/not-a-uuid", "planId"),
                Arguments.of("POST", "/api/v1/rules/backtest?size=abc", "size"),
                Arguments.of("POST", "/api/v1/rules/backtest?page=-1", "page"),
                Arguments.of("POST", "/api/v1/rules/backtest?page=99999999999", "page"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badParameters")
    void aBadParameterIsA400NamingIt(String method, String path, String parameter) {
        Map<String, Long> before = rows.count();
        RequestSpecification request = given();
        if (method.equals("POST")) {
            Object body = path.contains("backtest")
                    ? Map.of("files", Map.of("fba-onsite/tables/goals.drl", "package x;"), "from", "2026-01-01", "to", "2026-01-31")
                    : Map.of("metric", "LATE_PROCESSING_RATE", "missesAppealed", 1, "reason", "scan missing");
            request.contentType(ContentType.JSON).body(body);
        }
        ValidatableResponse response = request.request(method, path).then();
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter));
        assertEquals(before, rows.count());
    }

    static Stream<Arguments> looseJson() {
        String clean = "\"sellerId\":\"S-dup\",\"periodEnd\":\"2026-11-14\",\"unitsShipped\":10,"
                + "\"unitsLateProcessed\":0,\"unitsCancelled\":0,\"unitsLateHandover\":0";
        return Stream.of(
                Arguments.of("a key twice", "{" + clean + ",\"periodStart\":\"2026-11-08\",\"unitsShipped\":99}",
                        "unitsShipped"),
                Arguments.of("a date as an array", "{" + clean + ",\"periodStart\":[2026,11,8]}", "periodStart"),
                Arguments.of("a date as a number", "{" + clean + ",\"periodStart\":20261108}", "periodStart"),
                Arguments.of("year 0000", "{" + clean + ",\"periodStart\":\"0000-11-08\"}", "periodStart"),
                Arguments.of("year 1999", "{" + clean + ",\"periodStart\":\"1999-11-08\"}", "periodStart"),
                Arguments.of("year 2101", "{" + clean + ",\"periodStart\":\"2101-11-08\"}", "periodStart"),
                Arguments.of("a date with time", "{" + clean + ",\"periodStart\":\"2026-11-08T00:00:00\"}",
                        "periodStart"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looseJson")
    void jsonIsReadStrictly(String name, String body, String field) {
        Map<String, Long> before = rows.count();
        refused(post(ASSESSMENTS, body, "true"), field);
        refused(post(ASSESSMENTS, body, null), field);
        assertEquals(before, rows.count());
    }

    @Test
    void aYearOutOfRangeSaysSo() {
        post(ASSESSMENTS, Submission.forNewSeller().with("periodStart", "0000-11-08").body(), null)
                .statusCode(400)
                .body("errors[0].field", equalTo("periodStart"))
                .body("errors[0].message", containsString("2000"));
    }

    @Test
    void theMessagesOfBadParametersSayWhatIsExpected() {
        given().queryParam("on", "2026-02-30").get("/api/v1/sellers/S-1/standing").then()
                .statusCode(400)
                .body("errors", equalTo(List.of(Map.of("field", "on", "message", "must be a date (YYYY-MM-DD)"))));
    }
}
