package com.marketplace.sellerperformance.engine;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.marketplace.sellerperformance.FixedRules;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rule coverage as an analyst sees it: which rules the scenarios fire, and a reload refused when they
 * fire too few. The service runs on a copy of the fixed rule set with one rule that nothing fires;
 * its two scenarios fire 25 of its 51 FBA Onsite rules and 13 of its 26 Services rules, so the
 * minimum is set at 48 %.
 */
@QuarkusTest
@TestProfile(RuleCoverageTest.CopiedRulesWithAnUnfiredRule.class)
class RuleCoverageTest {
    static final Path RULES = Path.of("target", "coverage-test-rules").toAbsolutePath();
    static final String UNFIRED = "No scenario fires this rule";

    public static class CopiedRulesWithAnUnfiredRule implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            restoreCopy();
            return Map.of("rules.dir", RULES.toString(), "rules.watch-interval", "0s", "rules.coverage.minimum", "48");
        }
    }

    static void restoreCopy() {
        FixedRules.copyTo(RULES);
        writeUnfired(FixedRules.unfiredRules(UNFIRED));
    }

    private static void writeUnfired(String drl) {
        try {
            Files.writeString(RULES.resolve(FixedRules.UNFIRED_FILE), drl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void putTheRulesBack() {
        restoreCopy();
        reload().statusCode(200);
    }

    private static ValidatableResponse reload() {
        return given().post("/api/v1/rules/reload").then();
    }

    @Test
    void eachProgramShowsItsRulesTheFiredOnesAndTheRulesNoScenarioFires() {
        given().get("/api/v1/rules/coverage").then().statusCode(200)
                .body("programs.fba-onsite.rules", equalTo(51))
                .body("programs.fba-onsite.fired", equalTo(25))
                .body("programs.fba-onsite.percent", equalTo(49.0f))
                .body("programs.fba-onsite.uncovered", hasItem(UNFIRED))
                .body("programs.fba-onsite.uncovered", not(hasItem("FBA Onsite metric goals")))
                .body("programs.services.rules", equalTo(26))
                .body("programs.services.fired", equalTo(13))
                .body("programs.services.percent", equalTo(50.0f))
                .body("byRule.find { it.rule == '" + UNFIRED + "' }.program", equalTo("fba-onsite"))
                .body("byRule.find { it.rule == '" + UNFIRED + "' }.scenarios", equalTo(0))
                .body("byRule.find { it.rule == 'FBA Onsite metric goals' }.scenarios", equalTo(1))
                .body("scenarios", equalTo(2))
                .body("minimum", equalTo(48.0f))
                .body("meetsMinimum", equalTo(true));
    }

    @Test
    void aViewerSeesTheCoverage() {
        RestAssured.given().auth().preemptive().basic("viewer", "viewer").get("/api/v1/rules/coverage").then().statusCode(200)
                .body("byRule.size()", greaterThan(0));
    }

    @Test
    void aSetWhoseScenariosFireTooFewOfItsRulesIsNotActivated() {
        String active = given().get("/api/v1/rules").then().extract().path("version");
        writeUnfired(FixedRules.unfiredRules(UNFIRED, "Nor this one", "Nor this third one"));
        reload().statusCode(422)
                .body("version", equalTo(active))
                .body("lastReload.status", equalTo("FAILED"))
                .body("lastReload.failedScenarios.size()", equalTo(0))
                .body("lastReload.coverageBelowMinimum[0]", containsString("fba-onsite is 47.1 %"))
                .body("lastReload.coverageBelowMinimum[0]", containsString("below the minimum of 48 %"))
                .body("lastReload.coverageBelowMinimum[0]", containsString("Nor this third one"));
        given().get("/api/v1/rules/coverage").then().body("programs.fba-onsite.rules", equalTo(51));
    }
}
