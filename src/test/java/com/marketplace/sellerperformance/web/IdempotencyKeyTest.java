package com.marketplace.sellerperformance.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.AsTester;
import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import com.marketplace.sellerperformance.web.IdempotencyKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Retries are safe with an Idempotency-Key: same key and body → the stored answer; other body → 422;
 * running → 409; a request that died holds its key no longer.
 */
@QuarkusTest
class IdempotencyKeyTest {
    @Inject
    Rows rows;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "db.schema")
    String schema;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

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

    /**
     * A request of another instance, holding the key as a running request does: in an open
     * transaction, on a connection of its own outside the service's pool.
     */
    private Connection runningRequestWith(String key) throws SQLException {
        Connection connection = DriverManager.getConnection(url, username, password.orElse(""));
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, IdempotencyKeys.lockOf(AsTester.USER, key));
            lock.executeQuery().close();
        }
        return connection;
    }

    @Test
    void aKeyWhoseFirstRequestIsStillRunningIsAConflict() throws SQLException {
        String key = UUID.randomUUID().toString();
        try (Connection running = runningRequestWith(key)) {
            submit(key, Submission.forNewSeller().body()).statusCode(409)
                    .body("detail", containsString("still being processed"));
            running.rollback();
        }
    }

    @Test
    void aKeyWhoseRequestDiedIsFreeAtOnce() throws SQLException {
        String key = UUID.randomUUID().toString();
        Submission submission = Submission.forNewSeller();
        Connection running = runningRequestWith(key);
        submit(key, submission.body()).statusCode(409);
        // the request's connection ends without a commit, as when its process is killed or the network drops it
        running.close();
        submit(key, submission.body()).statusCode(201);
        submit(key, submission.body()).statusCode(201);
        assertEquals(1, rows.assessmentsOf(submission.sellerId()));
    }

    @Test
    void aKeyLeftInProgressByAnEarlierVersionIsTakenOverOnceAbandoned() throws SQLException {
        String fresh = UUID.randomUUID().toString();
        String abandoned = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement("INSERT INTO " + schema + ".idempotency_key"
                     + " (principal, idempotency_key, scope, request_hash, status, created_at)"
                     + " VALUES (?, ?, 'AssessmentResource.assess', 'earlier', 'IN_PROGRESS', now() - CAST(? AS interval))")) {
            for (String[] row : new String[][] {{fresh, "10 seconds"}, {abandoned, "5 minutes"}}) {
                claim.setString(1, AsTester.USER);
                claim.setString(2, row[0]);
                claim.setString(3, row[1]);
                claim.executeUpdate();
            }
        }
        submit(fresh, Submission.forNewSeller().body()).statusCode(409);
        Submission submission = Submission.forNewSeller();
        String first = submit(abandoned, submission.body()).statusCode(201).extract().asString();
        assertEquals(first, submit(abandoned, submission.body()).statusCode(201).extract().asString());
        assertEquals(1, rows.assessmentsOf(submission.sellerId()));
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
