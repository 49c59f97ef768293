package com.marketplace.sellerperformance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.testing.AsTester;
import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import com.marketplace.sellerperformance.testing.TcpProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The database silent under the running service: connections stay open, nothing answers. Requests
 * get a 503 problem with Retry-After within 5 s, readiness answers DOWN within 2 s, nothing is
 * half-written, and once the database answers again the service does too, by itself; a request
 * retried with its Idempotency-Key is decided exactly once. The silence is the test's own proxy
 * holding every byte back; the PostgreSQL server is never touched.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughAProxy.class)
class DatabaseStallTest {
    private static final int REQUESTS = 8;

    @Inject
    Rows rows;

    /** Set by {@link DatabaseOutageTest.ProxiedDatabase}. */
    TcpProxy database;

    record Answer(int status, String retryAfter, String type, Duration after) {
    }

    private static Response submit(String key, Submission submission) {
        return AsTester.given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(submission.body()).post(FbaApi.ASSESSMENTS);
    }

    @Test
    void aSilentDatabaseGives503WithinFiveSecondsAndTheServiceRecoversByItself() throws Exception {
        Submission control = Submission.forNewSeller();
        FbaApi.submit(control).statusCode(201);
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        List<Submission> submissions = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            submissions.add(Submission.forNewSeller());
            keys.add(UUID.randomUUID().toString());
        }
        ExecutorService clients = Executors.newFixedThreadPool(REQUESTS + 2);
        List<Future<Answer>> answers = new ArrayList<>();
        Answer readiness;
        Answer standing;
        database.stall();
        long stalledAt = System.nanoTime();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                int request = i;
                answers.add(clients.submit(() -> answer(submit(keys.get(request), submissions.get(request)), stalledAt)));
            }
            Future<Answer> read = clients.submit(() -> answer(AsTester.given()
                    .get("/api/v1/sellers/" + control.sellerId() + "/standing"), stalledAt));
            Thread.sleep(200);
            long askedAt = System.nanoTime();
            readiness = answer(RestAssured.given().get("/q/health/ready"), askedAt);
            standing = read.get(30, TimeUnit.SECONDS);
            for (Future<Answer> answer : answers) {
                answer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            database.restore();
            clients.shutdown();
        }
        List<Answer> submitted = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            submitted.add(answer.get());
        }
        String seen = "readiness " + readiness + ", standing " + standing + ", submissions " + submitted;
        assertEquals(503, readiness.status(), "readiness during the stall: " + seen);
        assertTrue(readiness.after().compareTo(Duration.ofSeconds(2)) <= 0, "readiness answered after " + readiness.after() + ": " + seen);
        assertUnavailable(standing, seen);
        for (Answer answer : submitted) {
            assertUnavailable(answer, seen);
        }

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int i = 0; i < REQUESTS; i++) {
            int status = 0;
            while (System.nanoTime() < deadline && status != 201 && status != 200) {
                status = submit(keys.get(i), submissions.get(i)).statusCode();
                if (status != 201 && status != 200) {
                    Thread.sleep(500);
                }
            }
            assertTrue(status == 201 || status == 200, "the retry of request " + i + " after the stall: " + status);
            assertEquals(201, submit(keys.get(i), submissions.get(i)).statusCode(), "the stored answer of request " + i);
        }
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        String decided = rows.recordOf(control.sellerId());
        for (Submission submission : submissions) {
            assertEquals(1, rows.assessmentsOf(submission.sellerId()), "assessments of " + submission.sellerId());
            assertEquals(decided, rows.recordOf(submission.sellerId()), "the record of " + submission.sellerId()
                    + " is that of the same facts decided without a stall: nothing half-written, nothing twice");
        }
    }

    private static Answer answer(Response response, long since) {
        return new Answer(response.statusCode(), response.header("Retry-After"),
                response.statusCode() == 503 && response.contentType().startsWith("application/problem+json")
                        ? response.jsonPath().getString("type") : response.contentType(),
                Duration.ofNanos(System.nanoTime() - since));
    }

    private static void assertUnavailable(Answer answer, String seen) {
        assertEquals(503, answer.status(), "during the stall: " + seen);
        assertEquals("5", answer.retryAfter(), "Retry-After of " + answer);
        assertTrue(answer.type() != null && answer.type().contains("database-unavailable"), "problem type of " + answer);
        assertTrue(answer.after().compareTo(Duration.ofSeconds(5)) <= 0, "answered after " + answer.after() + ": " + seen);
    }
}
