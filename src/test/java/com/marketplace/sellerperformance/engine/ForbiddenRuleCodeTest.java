package com.marketplace.sellerperformance.engine;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.ForbiddenRules;
import com.marketplace.sellerperformance.testing.ForbiddenRules.Probe;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules can only decide: a draft (validate) or a rules directory (reload) whose code reaches a file,
 * a process, reflection, the system, the network, or does so from a declared type, a function or a
 * condition is refused with a 422 naming file, rule and reference; nothing of it runs and the
 * running set keeps serving.
 */
@QuarkusTest
@TestProfile(RulesReloadTest.CopiedRules.class)
class ForbiddenRuleCodeTest {
    private static final Path PROBE = RulesReloadTest.RULES.resolve("fba-onsite/measure/probe.drl");

    static List<Probe> probes() {
        return ForbiddenRules.all();
    }

    @BeforeEach
    void noEvidence() {
        ForbiddenRules.clearEvidence();
    }

    @AfterEach
    void putTheRulesBack() throws IOException {
        Files.deleteIfExists(PROBE);
        RulesReloadTest.restoreCopy();
        given().post("/api/v1/rules/reload").then().statusCode(200);
    }

    private static String activeVersion() {
        return given().get("/api/v1/rules").then().extract().path("version");
    }

    @ParameterizedTest
    @MethodSource("probes")
    void aDraftThatReachesBeyondDecidingIsRefusedWithAProblem(Probe probe) {
        String active = activeVersion();
        given().contentType(ContentType.JSON)
                .body(Map.of("files", Map.of("fba-onsite/measure/probe.drl", probe.drl())))
                .post("/api/v1/rules/validate").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://seller-performance/problems/rule-code-refused"))
                .body("detail", containsString(probe.owner()))
                .body("refused[0].file", equalTo("fba-onsite/measure/probe.drl"))
                .body("refused[0].rule", equalTo(probe.owner()))
                .body("refused.reference", hasItem(startsWith(probe.reference())));
        assertEquals(List.of(), ForbiddenRules.evidence());
        assertEquals(active, activeVersion());
    }

    @ParameterizedTest
    @MethodSource("probes")
    void aRulesDirectoryThatReachesBeyondDecidingIsNotLoadedAndTheRunningSetServes(Probe probe)
            throws IOException {
        String active = activeVersion();
        Files.writeString(PROBE, probe.drl());
        given().post("/api/v1/rules/reload").then()
                .statusCode(422)
                .body("version", equalTo(active))
                .body("lastReload.status", equalTo("FAILED"))
                .body("lastReload.errors.file", hasItem("fba-onsite/measure/probe.drl"))
                .body("lastReload.errors[0].message", containsString(probe.owner() + " uses " + probe.reference()));
        assertEquals(List.of(), ForbiddenRules.evidence());
        FbaApi.submit(Submission.forNewSeller()).statusCode(201).body("ruleSetVersion", equalTo(active));
    }
}
