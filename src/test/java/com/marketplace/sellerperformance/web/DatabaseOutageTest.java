package com.marketplace.sellerperformance.web;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.LogLines;
import com.marketplace.sellerperformance.testing.ProxiedServer;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import com.marketplace.sellerperformance.testing.TcpProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The database unreachable under the running service: requests get a 503 problem, readiness goes
 * DOWN, nothing is half-written, and once the database is back the service answers again by itself.
 * The service talks to PostgreSQL through a TCP proxy this test owns, and the outage is the proxy
 * cutting every connection; the PostgreSQL server is never stopped.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughAProxy.class)
class DatabaseOutageTest {
    @Inject
    Rows rows;

    /** Set by {@link ProxiedDatabase}. */
    TcpProxy database;

    /** The service's datasource points at the test's proxy in front of the usual PostgreSQL server. */
    public static class ThroughAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedDatabase.class));
        }
    }

    /** Points the datasource at a proxy in front of the usual PostgreSQL server. */
    public static class ProxiedDatabase extends ProxiedServer {
        private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?(/.*)?");
        private final Matcher parts = parts();

        private static Matcher parts() {
            String url = System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:postgresql://localhost:5432/postgres");
            Matcher parts = URL.matcher(url);
            if (!parts.matches()) {
                throw new IllegalStateException("Cannot put a proxy in front of " + url);
            }
            return parts;
        }

        @Override
        protected String host() {
            return parts.group(1);
        }

        @Override
        protected int port() {
            return parts.group(2) == null ? 5432 : Integer.parseInt(parts.group(2));
        }

        @Override
        protected Map<String, String> settings(int proxyPort) {
            String rest = parts.group(3) == null ? "/postgres" : parts.group(3);
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxyPort + rest);
        }
    }

    @Test
    void anUnreachableDatabaseGives503AndTheServiceRecoversByItself() throws Exception {
        Submission submission = Submission.forNewSeller();
        database.cut();
        try {
            FbaApi.submit(submission).statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", containsString("database-unavailable"))
                    .body("detail", containsString("nothing was written"));
            given().get("/api/v1/sellers/" + submission.sellerId() + "/standing").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5");
            RestAssured.given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            database.restore();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int status = 0;
        while (System.nanoTime() < deadline && status != 201) {
            status = FbaApi.submit(submission).extract().statusCode();
            if (status != 201) {
                Thread.sleep(500);
            }
        }
        assertEquals(201, status, "the service did not recover after the database came back");
        RestAssured.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        assertEquals(1, rows.assessmentsOf(submission.sellerId()), "assessments of the seller after recovery");
    }

    @Test
    void aTwentySecondOutageUnderLoadLogsAFewLinesNotAStackTracePerRequest() throws Exception {
        LogLines log = new LogLines();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        ExecutorService clients = Executors.newFixedThreadPool(4);
        AtomicBoolean outage = new AtomicBoolean(true);
        AtomicInteger failed = new AtomicInteger();
        database.cut();
        root.addHandler(log);
        try {
            for (int i = 0; i < 4; i++) {
                clients.execute(() -> {
                    while (outage.get()) {
                        if (FbaApi.submit(Submission.forNewSeller()).extract().statusCode() == 503) {
                            failed.incrementAndGet();
                        }
                        RestAssured.given().get("/q/health/ready");
                    }
                });
            }
            Thread.sleep(20_000);
        } finally {
            outage.set(false);
            clients.shutdown();
            clients.awaitTermination(30, TimeUnit.SECONDS);
            root.removeHandler(log);
            database.restore();
        }
        assertTrue(failed.get() > 100, "requests refused during the outage: " + failed.get());
        assertTrue(log.lines.get() <= 100, log.lines.get() + " log lines for " + failed.get()
                + " refused requests in a 20 s outage, by logger: " + log.byLogger);
    }
}
