package com.marketplace.sellerperformance.fbaonsite.backtest;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.marketplace.sellerperformance.FixedRules;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A back-test refuses what it cannot try with a 400 naming the field, never a 500. */
@QuarkusTest
class BacktestEdgesTest {
    private static final Map<String, Object> RANGE = Map.of("from", "2031-01-01", "to", "2031-01-31");

    @Test
    void aDraftWithoutFbaOnsiteRulesIsA400NamingTheFiles() {
        Map<String, String> servicesOnly = FixedRules.files().entrySet().stream()
                .filter(file -> file.getKey().startsWith("services/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        given().contentType(ContentType.JSON)
                .body(Map.of("files", servicesOnly, "from", RANGE.get("from"), "to", RANGE.get("to")))
                .post("/api/v1/rules/backtest").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("files"));
    }

    @Test
    void aPageBeyondTheLastPossibleIsA400NamingThePage() {
        given().contentType(ContentType.JSON)
                .body(Map.of("files", FixedRules.files(), "from", RANGE.get("from"), "to", RANGE.get("to")))
                .queryParam("page", 2_147_483)
                .queryParam("size", 1000)
                .post("/api/v1/rules/backtest").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
    }
}
