package com.marketplace.sellerperformance.rulesets;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The impact of a draft: the rules it changes and the sellers whose stored decisions those rules fired.
 * The rule changed here fires only for a seller deactivated by three daily checks inside one assessed week.
 */
@QuarkusTest
class ChangeImpactTest {
    private static final String IMPACT = "/api/v1/rules/impact";
    private static final String THREE = "Number(intValue >= 3) from accumulate(ImmediateDeactivation";
    private static final String RULE = "Three immediate deactivations inside the assessment period are one more strike";

    private static String threeTimesDeactivated;
    private static String twiceDeactivated;
    private static String clean;

    @BeforeEach
    void threeSellersAssessed() {
        if (threeTimesDeactivated != null) {
            return;
        }
        threeTimesDeactivated = seller(3);
        twiceDeactivated = seller(2);
        clean = seller(0);
    }

    /** A week assessed after as many days of it as given deactivated the seller. */
    private static String seller(int deactivatedDays) {
        Submission submission = Submission.forNewSeller().week("2026-07-05");
        for (int day = 0; day < deactivatedDays; day++) {
            FbaApi.dailyCheck(submission.sellerId(), "2026-07-0" + (6 + day), 6, 100).statusCode(201)
                    .body("deactivated", equalTo(true));
        }
        FbaApi.submit(submission).statusCode(201);
        return submission.sellerId();
    }

    private static ValidatableResponse impact(Map<String, String> files) {
        return given().contentType(ContentType.JSON).body(Map.of("files", files)).post(IMPACT).then();
    }

    private static Map<String, String> replaced(String path, String from, String to) throws IOException {
        Map<String, String> files = FixedRules.files();
        assertTrue(files.get(path).contains(from), "the test's anchor is missing from " + path);
        files.put(path, files.get(path).replace(from, to));
        return files;
    }

    @Test
    void changingOneRulesNumberNamesExactlyTheSellersWhoseDecisionsThatRuleFired() throws IOException {
        JsonPath impact = impact(replaced("fba-onsite/ladder/strikes.drl", THREE, THREE.replace("3", "2"))).statusCode(200)
                .body("rules.size()", equalTo(1))
                .body("rules[0].program", equalTo("fba-onsite"))
                .body("rules[0].rule", equalTo(RULE))
                .body("rules[0].change", equalTo("EDITED"))
                .extract().jsonPath();
        List<String> sellers = impact.getList("rules[0].sellers", String.class);
        assertTrue(sellers.contains(threeTimesDeactivated), sellers.toString());
        assertFalse(sellers.contains(twiceDeactivated), sellers.toString());
        assertFalse(sellers.contains(clean), sellers.toString());
        assertEquals(impact.getLong("rules[0].sellerCount"), impact.getLong("sellers"));
        // Every seller named had a stored decision that the rule fired (other tests' sellers may be among them).
        for (String seller : sellers.subList(0, Math.min(sellers.size(), 20))) {
            List<List<String>> fired = given().get("/api/v1/sellers/" + seller + "/assessments").then().statusCode(200)
                    .extract().jsonPath().getList("firedRules");
            assertTrue(fired.stream().anyMatch(rules -> rules.contains(RULE)), seller + " " + fired);
        }
    }

    @Test
    void addedAndRemovedRulesAreNamedAndWhiteSpaceIsNoChange() throws IOException {
        Map<String, String> files = replaced("fba-onsite/ladder/strikes.drl", THREE, THREE.replace(" from ", "\n        from "));
        files.put("fba-onsite/measure/extra.drl", "package fbaonsite;\nrule \"A rule no decision fired yet\"\nwhen\nthen\nend\n");
        String handover = files.get("fba-onsite/daily-check/daily-checks.drl");
        int start = handover.indexOf("rule \"Late handover units over their limit\"");
        files.put("fba-onsite/daily-check/daily-checks.drl", handover.substring(0, start)
                + handover.substring(handover.indexOf("\nend", start) + 4));
        impact(files).statusCode(200)
                .body("rules.rule", equalTo(List.of("A rule no decision fired yet", "Late handover units over their limit")))
                .body("rules.change", equalTo(List.of("ADDED", "REMOVED")))
                .body("rules[0].decisions", equalTo(0))
                .body("rules[0].sellers", equalTo(List.of()));
    }

    @Test
    void theActiveFilesChangeNothing() throws IOException {
        impact(FixedRules.files()).statusCode(200).body("rules", equalTo(List.of())).body("sellers", equalTo(0));
    }

    @Test
    void aDraftThatDoesNotParseIsRefused() throws IOException {
        Map<String, String> files = FixedRules.files();
        files.put("fba-onsite/tables/goals.drl", "package fbaonsite;\nrule \"x\" when then end end rule");
        impact(files).statusCode(422).body("errors[0].file", equalTo("fba-onsite/tables/goals.drl"));
    }
}
