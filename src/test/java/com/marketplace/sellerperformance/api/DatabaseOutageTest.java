package com.marketplace.sellerperformance.api;

import static com.marketplace.sellerperformance.api.AsTester.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.File;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped under the running service: requests get a 503 problem, readiness goes DOWN,
 * nothing is half-written, and once the database is back the service answers again by itself.
 * Stops and starts the local cluster (as .ci/run starts it); skipped where that is not possible.
 */
@QuarkusTest
class DatabaseOutageTest {
    @Inject
    Rows rows;

    @Test
    void aStoppedDatabaseGives503AndTheServiceRecoversByItself() throws Exception {
        String[] clusters = new File("/etc/postgresql").list();
        assumeTrue(clusters != null && clusters.length > 0 && new File("/usr/bin/pg_ctlcluster").exists(),
                "no local PostgreSQL cluster to stop here");
        String version = clusters[0];
        Submission submission = Submission.forNewSeller();
        Map<String, Long> before = rows.count();
        try {
            assumeTrue(cluster(version, "stop") == 0, "the local cluster cannot be stopped by this user");
            FbaApi.submit(submission).statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", containsString("database-unavailable"))
                    .body("detail", containsString("nothing was written"));
            given().get("/api/v1/sellers/" + submission.sellerId() + "/standing").then().statusCode(503);
            RestAssured.given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            cluster(version, "start");
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
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        Map<String, Long> after = rows.count();
        assertEquals(before.get("assessment") + 1, after.get("assessment"));
        assertEquals(before.get("seller") + 1, after.get("seller"));
    }

    private static int cluster(String version, String action) throws Exception {
        ProcessBuilder command = "stop".equals(action)
                ? new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action, "-m", "fast")
                : new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action);
        Process process = command.redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
