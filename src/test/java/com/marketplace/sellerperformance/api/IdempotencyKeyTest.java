package com.marketplace.sellerperformance.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.web.IdempotencyKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Retries are safe with an Idempotency-Key: same key and body → the stored answer; other body → 422; running → 409. */
@QuarkusTest
class IdempotencyKeyTest {
    @Inject
    Rows rows;

    @Inject
    IdempotencyKeys keys;

    private static ValidatableResponse submit(String key, Object body) {
        return AsTester.given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post(FbaApi.ASSESSMENTS).then();
    }

    @Test
    void theSameKeyAndBodyGetTheStoredAnswer() {
        String key = UUID.randomUUID().toString();
        Submission submission = Submission.forNewSeller().with("unitsLateProcessed", 7);
        String first = submit(key, submission.body()).statusCode(201).extract().asString();
        String location = submit(key, submission.body()).statusCode(201)
                .header("Location", containsString(FbaApi.ASSESSMENTS)).extract().header("Location");
        String again = submit(key, submission.body()).statusCode(201).extract().asString();
        assertEquals(first, again);
        assertEquals(1, rows.assessmentsOf(submission.sellerId()));
        Assertions.assertTrue(location.endsWith(
                (String) JsonPath.from(first).get("assessmentId")));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        Submission submission = Submission.forNewSeller();
        submit(key, submission.body()).statusCode(201);
        submit(key, Submission.forNewSeller().body()).statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("idempotency-key-reused"));
    }

    @Test
    void aKeyWhoseFirstRequestIsStillRunningIsAConflict() {
        String key = UUID.randomUUID().toString();
        keys.claim(AsTester.USER, key, "AssessmentResource.assess", "still-running");
        submit(key, Submission.forNewSeller().body()).statusCode(409)
                .body("detail", containsString("still being processed"));
    }

    @Test
    void aFailedRequestFreesItsKeyForTheRetry() {
        String key = UUID.randomUUID().toString();
        Submission submission = Submission.forNewSeller();
        submit(UUID.randomUUID().toString(), submission.body()).statusCode(201);
        submit(key, submission.with("unitsCancelled", 3).body()).statusCode(409); // other facts: refused
        submit(key, Submission.forNewSeller().body()).statusCode(201);           // the key was not spent
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        submit(key, Submission.forNewSeller().body()).statusCode(201);
        RestAssured.given().auth().preemptive().basic("evaluator", "evaluator")
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(Submission.forNewSeller().body())
                .post(FbaApi.ASSESSMENTS).then().statusCode(201).body("createdBy", equalTo("evaluator"));
    }

    @Test
    void anOverlongKeyIsBadInput() {
        submit("k".repeat(256), Submission.forNewSeller().body()).statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
