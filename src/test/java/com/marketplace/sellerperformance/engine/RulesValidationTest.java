package com.marketplace.sellerperformance.engine;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import com.marketplace.sellerperformance.FixedRules;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An analyst's draft is compiled in isolation: errors with file and line, nothing activated. */
@QuarkusTest
class RulesValidationTest {

    private static ValidatableResponse validate(Map<String, String> files) {
        return given().contentType(ContentType.JSON).body(Map.of("files", files)).post("/api/v1/rules/validate").then();
    }

    @Test
    void theActiveRuleSetShowsItsVersionSourceAndFiles() {
        given().get("/api/v1/rules").then().statusCode(200)
                .body("version", matchesPattern("[0-9a-f]{64}"))
                .body("source", equalTo(FixedRules.DIR.toString()))
                .body("files.path", hasItem("fba-onsite/tables/goals.drl"))
                .body("files.path", hasItem("services/account/account.drl"))
                .body("lastReload.status", equalTo("OK"));
    }

    @Test
    void aValidDraftIsValidAndActivatesNothing() throws IOException {
        String active = given().get("/api/v1/rules").then().extract().path("version");
        Map<String, String> files = FixedRules.files();
        files.put("fba-onsite/tables/goals.drl", files.get("fba-onsite/tables/goals.drl").replace("\"0.006\"", "\"0.008\""));
        validate(files).statusCode(200).body("valid", equalTo(true)).body("templates.size()", equalTo(0));
        given().get("/api/v1/rules").then().body("version", equalTo(active));
    }

    @Test
    void aDraftWhoseTemplatesDoNotRenderIsAnsweredWithEachFileLineAndProblem() throws IOException {
        Map<String, String> files = FixedRules.files();
        files.put("fba-onsite/notices/summary.txt", files.get("fba-onsite/notices/summary.txt")
                .replace("{msg:summary_intro}", "{msg:summary_introduction}"));
        files.put("services/notices/notice.html", files.get("services/notices/notice.html") + "\n{#if notice.kind}\n");
        validate(files).statusCode(200)
                .body("valid", equalTo(true))
                .body("failedScenarios.size()", equalTo(0))
                .body("templates.find { it.file == 'fba-onsite/notices/summary.txt' }.line", equalTo(3))
                .body("templates.find { it.file == 'fba-onsite/notices/summary.txt' }.message",
                        containsString("has no message summary_introduction"))
                .body("templates.find { it.file == 'services/notices/notice.html' }.line", greaterThan(1))
                .body("templates.find { it.file == 'services/notices/notice.html' }.message", containsString("if"));
    }

    @Test
    void aDraftIsAnsweredWithItsRuleCoverage() throws IOException {
        Map<String, String> files = FixedRules.files();
        files.put(FixedRules.UNFIRED_FILE, FixedRules.unfiredRules("A draft rule no scenario fires"));
        validate(files).statusCode(200)
                .body("valid", equalTo(true))
                .body("failedScenarios.size()", equalTo(0))
                .body("coverage.scenarios", equalTo(2))
                .body("coverage.programs.fba-onsite.rules", equalTo(51))
                .body("coverage.programs.fba-onsite.uncovered", hasItem("A draft rule no scenario fires"))
                .body("coverage.byRule.find { it.rule == 'A draft rule no scenario fires' }.scenarios", equalTo(0))
                .body("coverage.byRule.find { it.rule == 'FBA Onsite metric goals' }.scenarios", equalTo(1))
                .body("coverage.minimum", equalTo(0.0f))
                .body("coverage.meetsMinimum", equalTo(true));
    }

    @Test
    void aDraftWithScenariosOfItsOwnIsCoveredByThem() throws IOException {
        Map<String, String> files = FixedRules.files();
        files.put("tests/services/one-account.yaml", """
                program: services
                accounts:
                  - on: 2026-03-01
                    expect: {accountStatus: ACTIVE}
                """);
        validate(files).statusCode(200)
                .body("coverage.scenarios", equalTo(1))
                .body("coverage.programs.fba-onsite.fired", equalTo(0))
                .body("coverage.byRule.find { it.rule == 'Every account starts active' }.scenarios", equalTo(1));
    }

    @Test
    void aSyntaxErrorIsAnsweredWithItsFileAndLine() throws IOException {
        Map<String, String> files = FixedRules.files();
        String statuses = files.get("fba-onsite/measure/statuses.drl");
        List<String> lines = List.of(statuses.split("\n", -1));
        int line = lines.indexOf("rule \"Metric within its goal is met\"") + 1;
        files.put("fba-onsite/measure/statuses.drl", statuses.replace("rule \"Metric within its goal is met\"",
                "rule \"Metric within its goal is met\" whenever"));
        validate(files).statusCode(422)
                .body("valid", equalTo(false))
                .body("errors[0].file", equalTo("fba-onsite/measure/statuses.drl"))
                .body("errors[0].line", equalTo(line));
    }

    @Test
    void aTypeErrorIsAnsweredWithItsFileAndLine() throws IOException {
        Map<String, String> files = FixedRules.files();
        String goals = files.get("fba-onsite/tables/goals.drl");
        files.put("fba-onsite/tables/goals.drl", goals.replace("insert(new FamilyReturnGoal(\"CE\",",
                "insert(new FamilyReturnGoal(42L,"));
        validate(files).statusCode(422)
                .body("errors[0].file", equalTo("fba-onsite/tables/goals.drl"))
                .body("errors[0].line", greaterThan(0));
    }

    @Test
    void aHolidayRuleThatFailsIsAnsweredWithItsFileAndLine() throws IOException {
        Map<String, String> files = FixedRules.files();
        String holidays = files.get("fba-onsite/calendar/national-holidays.drl");
        int line = List.of(holidays.split("\n", -1)).indexOf("rule \"Natal is on 25 December\"") + 1;
        files.put("fba-onsite/calendar/national-holidays.drl", holidays.replace("LocalDate.of($year, 12, 25)",
                "LocalDate.of($year, 13, 25)"));
        validate(files).statusCode(422)
                .body("errors[0].file", equalTo("fba-onsite/calendar/national-holidays.drl"))
                .body("errors[0].line", equalTo(line))
                .body("errors[0].message", containsString("Natal is on 25 December"));
    }
}
