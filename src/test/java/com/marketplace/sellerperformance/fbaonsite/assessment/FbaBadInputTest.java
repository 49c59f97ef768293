package com.marketplace.sellerperformance.fbaonsite.assessment;

import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad FBA Onsite submission: 400 with the field at fault, and no row written. */
@QuarkusTest
class FbaBadInputTest {
    @Inject
    Rows rows;

    static Stream<Arguments> badSubmissions() {
        return Stream.of(
                Arguments.of("missing seller", (Supplier<Object>) () -> Submission.forNewSeller().without("sellerId").body(), "sellerId"),
                Arguments.of("missing units shipped", (Supplier<Object>) () -> Submission.forNewSeller().without("unitsShipped").body(), "unitsShipped"),
                Arguments.of("missing period start", (Supplier<Object>) () -> Submission.forNewSeller().without("periodStart").body(), "periodStart"),
                Arguments.of("negative late units", (Supplier<Object>) () -> Submission.forNewSeller().with("unitsLateProcessed", -1).body(), "unitsLateProcessed"),
                Arguments.of("negative returns", (Supplier<Object>) () -> Submission.forNewSeller().returns("CE", 10, -1).body(), "returns[0].returned"),
                Arguments.of("unknown family", (Supplier<Object>) () -> Submission.forNewSeller().returns("CE", 10, 0).returns("TOYS", 10, 0).body(), "returns[1].family"),
                Arguments.of("family twice", (Supplier<Object>) () -> Submission.forNewSeller().returns("CE", 10, 0).returns("CE", 5, 0).body(), "returns[1].family"),
                Arguments.of("period end before start", (Supplier<Object>) () -> Submission.forNewSeller().period("2026-11-14", "2026-11-08").body(), "periodEnd"),
                Arguments.of("period of 32 days", (Supplier<Object>) () -> Submission.forNewSeller().period("2026-10-01", "2026-11-01").body(), "periodEnd"),
                Arguments.of("assessment day inside the period", (Supplier<Object>) () -> Submission.forNewSeller().with("assessedOn", "2026-11-10").body(), "assessedOn"),
                Arguments.of("units as text", (Supplier<Object>) () -> Submission.forNewSeller().with("unitsShipped", "many").body(), "unitsShipped"),
                Arguments.of("fractional units", (Supplier<Object>) () -> Submission.forNewSeller().with("unitsShipped", 10.5).body(), "unitsShipped"),
                Arguments.of("units beyond long", (Supplier<Object>) () -> "{\"sellerId\":\"S-X\",\"unitsShipped\":99999999999999999999999}", "unitsShipped"),
                Arguments.of("not a date", (Supplier<Object>) () -> Submission.forNewSeller().with("periodEnd", "2026-13-01").body(), "periodEnd"),
                Arguments.of("unknown field", (Supplier<Object>) () -> Submission.forNewSeller().with("unitsLost", 3).body(), "unitsLost"),
                Arguments.of("odd seller id", (Supplier<Object>) () -> Submission.forNewSeller().with("sellerId", "S 1/../x").body(), "sellerId"),
                Arguments.of("truncated JSON", (Supplier<Object>) () -> "{\"sellerId\": \"S-1\", \"periodStart\": ", "body"),
                Arguments.of("not JSON at all", (Supplier<Object>) () -> "sellerId=S-1", "body"),
                Arguments.of("empty body", (Supplier<Object>) () -> "", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSubmissions")
    void isRefusedWithTheFieldAtFaultAndNothingWritten(String name, Supplier<Object> body, String field) {
        Map<String, Long> before = rows.count();
        ValidatableResponse response = submit(body.get())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", containsString("bad-input"))
                .body("errors.field", hasItem(field))
                .body(not(containsString("java.")))
                .body(not(containsString("com.marketplace")));
        assertEquals(before, rows.count(), "rows written by a refused request: " + response.extract().asString());
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedAsAProblemAndNothingIsWritten() {
        Map<String, Long> before = rows.count();
        String huge = "{\"sellerId\": \"" + "S".repeat(1_100_000) + "\"}";
        submit(huge).statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("at most 1048576"));
        assertEquals(before, rows.count());
    }

    @Test
    void aThirtyOneDayPeriodIsAccepted() {
        submit(Submission.forNewSeller().period("2026-10-01", "2026-10-31")).statusCode(201);
    }

    @Test
    void allMissingCountsAreReportedAtOnce() {
        submit(Map.of("sellerId", "S-2", "periodStart", "2026-11-08", "periodEnd", "2026-11-14"))
                .statusCode(400)
                .body("errors.field", equalTo(List.of(
                        "unitsCancelled", "unitsLateHandover", "unitsLateProcessed", "unitsShipped")));
    }
}
