package com.marketplace.sellerperformance.fbaonsite.appeals;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.ASSESSMENTS;
import static com.marketplace.sellerperformance.testing.FbaApi.metric;
import static com.marketplace.sellerperformance.testing.FbaApi.standing;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.hamcrest.Matchers.equalTo;

import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/policy.md §1.8: appeals re-assess the period as a new revision and the ladder follows. */
@QuarkusTest
class AppealTest {

    private static ValidatableResponse appeal(String assessmentId, String metric, long misses) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("metric", metric, "missesAppealed", misses, "reason", "Carrier scan missing",
                        "attachments", List.of("scan-log.pdf")))
                .post(ASSESSMENTS + "/" + assessmentId + "/appeals").then();
    }

    private static ValidatableResponse decide(String appealId, boolean accepted, long misses) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("accepted", accepted, "missesAccepted", misses, "decidedOn", "2026-11-20"))
                .post("/api/v1/appeals/" + appealId + "/decision").then();
    }

    @Test
    void anAcceptedAppealUnderTheGoalRevokesItsStrikeAndLaterStrikesMoveDown() {
        Submission seller = Submission.forNewSeller();
        String first = submit(seller.week("2026-10-04").clean().with("unitsLateProcessed", 7))
                .statusCode(201).body("strikes[0].number", equalTo(1)).extract().path("assessmentId");
        String second = submit(seller.week("2026-10-11").with("unitsLateProcessed", 8))
                .statusCode(201).body("strikes[0].number", equalTo(2)).extract().path("assessmentId");

        String appealId = appeal(first, "LATE_PROCESSING_RATE", 2).statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("appealId");
        decide(appealId, true, 1).statusCode(200)
                .body("revision", equalTo(2))
                .body("appealId", equalTo(appealId))
                .body(metric("LATE_PROCESSING_RATE", "numerator"), equalTo(6))
                .body(metric("LATE_PROCESSING_RATE", "status"), equalTo("MET"))
                .body("strikes[0].status", equalTo("REVOKED"))
                .body("strikes[0].revokedByRevision", equalTo(2));

        given().get(ASSESSMENTS + "/" + second).then()
                .body("strikes[0].number", equalTo(1))
                .body("strikes[0].status", equalTo("ACTIVE"));
        given().queryParam("revision", 1).get(ASSESSMENTS + "/" + first).then()
                .statusCode(200)
                .body("revision", equalTo(1))
                .body(metric("LATE_PROCESSING_RATE", "status"), equalTo("MISSED"));
        given().get("/api/v1/appeals/" + appealId).then()
                .body("status", equalTo("ACCEPTED")).body("missesAccepted", equalTo(1))
                .body("resultingRevision", equalTo(2));
        standing(seller.sellerId(), "2026-10-20").body("activeStrikes", equalTo(1));
    }

    @Test
    void aRejectedAppealChangesNothing() {
        Submission seller = Submission.forNewSeller();
        String id = submit(seller.with("unitsCancelled", 5)).statusCode(201).extract().path("assessmentId");
        String appealId = appeal(id, "SHIPMENT_CANCELLATION_RATE", 3).statusCode(201).extract().path("appealId");
        decide(appealId, false, 1).statusCode(200)
                .body("revision", equalTo(1))
                .body("strikes[0].status", equalTo("ACTIVE"));
        decide(appealId, true, 1).statusCode(409);
    }

    @Test
    void anAppealMustNameAMetricOfTheAssessmentAndNoMoreMissesThanCounted() {
        String id = submit(Submission.forNewSeller().with("unitsLateProcessed", 7)).statusCode(201)
                .extract().path("assessmentId");
        appeal(id, "SPEED", 1).statusCode(400).body("errors[0].field", equalTo("metric"));
        appeal(id, "LATE_PROCESSING_RATE", 8).statusCode(400).body("errors[0].field", equalTo("missesAppealed"));
        appeal(id, "LATE_PROCESSING_RATE", 0).statusCode(400);
        appeal("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", "LATE_PROCESSING_RATE", 1).statusCode(404);
    }
}
