package com.marketplace.sellerperformance.fbaonsite.assessment;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.ASSESSMENTS;
import static com.marketplace.sellerperformance.testing.FbaApi.dryRun;
import static com.marketplace.sellerperformance.testing.FbaApi.metric;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FbaAssessmentLifecycleTest {
    @Inject
    Rows rows;

    @Test
    void aNewAssessmentIsCreatedWithItsLocation() {
        String id = submit(Submission.forNewSeller())
                .statusCode(201)
                .header("Location", containsString(ASSESSMENTS + "/"))
                .body("revision", equalTo(1))
                .body("program", equalTo("fba-onsite"))
                .extract().path("assessmentId");
        given().get(ASSESSMENTS + "/" + id).then()
                .statusCode(200)
                .body("assessmentId", equalTo(id))
                .body(metric("LATE_PROCESSING_RATE", "status"), equalTo("MET"));
    }

    @Test
    void aDryRunAnswersTheAssessmentAndWritesNoRow() {
        var before = rows.count();
        dryRun(Submission.forNewSeller().with("unitsLateProcessed", 7))
                .statusCode(200)
                .body("assessmentId", nullValue())
                .body(metric("LATE_PROCESSING_RATE", "status"), equalTo("MISSED"));
        assertEquals(before, rows.count());
    }

    @Test
    void theSameFactsTwiceGiveOneAssessment() {
        Submission submission = Submission.forNewSeller().with("unitsCancelled", 1).returns("CE", 10, 0);
        String first = submit(submission).statusCode(201).extract().path("assessmentId");
        submit(submission).statusCode(200).body("assessmentId", equalTo(first));
        assertEquals(1, rows.assessmentsOf(submission.sellerId()));
    }

    @Test
    void repeatingWithTheDefaultAssessmentDaySpelledOutIsTheSameFacts() {
        Submission submission = Submission.forNewSeller();
        String first = submit(submission).statusCode(201).extract().path("assessmentId");
        submit(submission.with("assessedOn", "2026-11-15")).statusCode(200).body("assessmentId", equalTo(first));
    }

    @Test
    void otherFactsForAnAssessedPeriodAreAConflict() {
        Submission submission = Submission.forNewSeller();
        submit(submission).statusCode(201);
        submit(submission.with("unitsLateProcessed", 9))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("appeal"));
        assertEquals(1, rows.assessmentsOf(submission.sellerId()));
    }

    @Test
    void anOverlappingPeriodIsAConflict() {
        Submission submission = Submission.forNewSeller();
        submit(submission).statusCode(201);
        submit(submission.period("2026-11-14", "2026-11-20"))
                .statusCode(409)
                .body("detail", containsString("overlaps"));
    }

    @Test
    void aPeriodBeforeTheLatestAssessedOneIsAConflict() {
        Submission submission = Submission.forNewSeller();
        submit(submission).statusCode(201);
        submit(submission.period("2026-11-01", "2026-11-07"))
                .statusCode(409)
                .body("detail", containsString("precedes"));
        assertEquals(1, rows.assessmentsOf(submission.sellerId()));
    }

    @Test
    void consecutiveWeeksAreListedForTheSellerInPeriodOrder() {
        Submission submission = Submission.forNewSeller();
        submit(submission).statusCode(201);
        submit(submission.period("2026-11-15", "2026-11-21").with("unitsLateProcessed", 8)).statusCode(201);
        given().queryParam("program", "fba-onsite")
                .get("/api/v1/sellers/" + submission.sellerId() + "/assessments").then()
                .statusCode(200)
                .body("periodStart", equalTo(List.of("2026-11-08", "2026-11-15")))
                .body("[1].metrics[0].status", equalTo("MISSED"));
    }

    @Test
    void unknownAssessmentsAndSellersAreNotFound() {
        given().get(ASSESSMENTS + "/9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d").then()
                .statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/sellers/NEVER-SEEN/assessments").then()
                .statusCode(404).body("detail", endsWith("has been seen"));
    }
}
