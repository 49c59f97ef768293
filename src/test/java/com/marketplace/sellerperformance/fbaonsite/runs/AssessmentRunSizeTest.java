package com.marketplace.sellerperformance.fbaonsite.runs;

import static com.marketplace.sellerperformance.fbaonsite.runs.AssessmentRunTest.RUNS;
import static com.marketplace.sellerperformance.fbaonsite.runs.AssessmentRunTest.finished;
import static com.marketplace.sellerperformance.fbaonsite.runs.AssessmentRunTest.post;
import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.testing.Submission;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Runs of any size: a file over the HTTP server's former 10 MiB cut is streamed and decided to its
 * last line; a file over a cap (64 MiB decompressed, 50,000 lines in the test profile) is refused
 * with a 413 naming the cap; an upload cut off mid-body leaves a FAILED run; and no finished or
 * failed run keeps staged lines.
 */
@io.quarkus.test.junit.QuarkusTest
class AssessmentRunSizeTest {
    private static final LocalDate SUNDAY = LocalDate.parse("2026-05-03");

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "db.schema")
    String schema;

    @Test
    void aPlainFileOverTenMebibytesIsDecidedToItsLastLineAndNothingStaysStaged() throws Exception {
        long seed = Long.getLong("runs.seed", System.nanoTime());
        System.out.println("AssessmentRunSizeTest seed " + seed);
        Random random = new Random(seed);
        int lines = 2_500; // long lines (white space after the JSON): over 10 MiB in few lines, decided quickly
        int bad = 0;
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            if (random.nextInt(100) == 0 || i == lines / 2) {
                file.append("{\"sellerId\": \"S-cut-").append(i).append('"'); // not JSON: a rejection
                bad++;
            } else {
                file.append("{\"sellerId\":\"S-big-").append(Long.toHexString(seed)).append('-').append(i)
                        .append("\",\"periodStart\":\"").append(SUNDAY).append("\",\"periodEnd\":\"")
                        .append(SUNDAY.plusDays(6)).append("\",\"unitsShipped\":").append(100 + random.nextInt(5000))
                        .append(",\"unitsLateProcessed\":").append(random.nextInt(30))
                        .append(",\"unitsCancelled\":").append(random.nextInt(30))
                        .append(",\"unitsLateHandover\":").append(random.nextInt(30)).append('}');
            }
            file.append(" ".repeat(4_400 + random.nextInt(400))).append('\n');
        }
        byte[] body = file.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(body.length > 10 * 1024 * 1024, body.length + " bytes");

        String run = post(body, null);
        JsonPath done = finished(run);
        assertEquals("COMPLETED", done.getString("status"), done.prettify());
        assertEquals(lines, done.getInt("lines"));
        assertEquals(lines - bad, done.getInt("assessed"));
        assertEquals(bad, done.getInt("rejected"));
        assertEquals(lines, done.getInt("assessed") + done.getInt("repeated") + done.getInt("conflicts")
                + done.getInt("rejected"));
        assertEquals(0, stagedLines(run.substring(run.lastIndexOf('/') + 1)));
        // the rejections keep the seller their line named, with the staged line gone
        given().queryParam("limit", 1).when().get(run + "/rejections").then().statusCode(200)
                .body("[0].kind", equalTo("INVALID"))
                .body("[0].sellerId", containsString("S-cut-"));
    }

    @Test
    void aLineOverItsBoundIsARejectionAndTheLinesAroundItAreDecided() throws Exception {
        String week = "\",\"periodStart\":\"" + SUNDAY + "\",\"periodEnd\":\"" + SUNDAY.plusDays(6)
                + "\",\"unitsShipped\":10,\"unitsLateProcessed\":0,\"unitsCancelled\":0,\"unitsLateHandover\":0}";
        String first = Submission.newSellerId();
        String last = Submission.newSellerId();
        String file = "{\"sellerId\":\"" + first + week + "\r\n"
                + "{\"sellerId\":\"S-long" + week + " ".repeat(70_000) + "\n"
                + "{\"sellerId\":\"" + last + week;
        String run = post(file.getBytes(StandardCharsets.UTF_8), null);
        JsonPath done = finished(run);
        assertEquals(3, done.getInt("lines"));
        assertEquals(2, done.getInt("assessed"));
        assertEquals(1, done.getInt("rejected"));
        given().when().get(run + "/rejections").then().statusCode(200)
                .body("line", equalTo(java.util.List.of(2)))
                .body("[0].errors[0].message", containsString("longer than 65536 characters"));
    }

    @Test
    void moreLinesThanTheCapAreRefusedAs413NamingItAndNothingStaysStaged() throws Exception {
        byte[] body = "{}\n".repeat(50_001).getBytes(StandardCharsets.UTF_8);
        given().contentType("application/x-ndjson").body(body)
                .when().post(RUNS)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://seller-performance/problems/run-too-large"))
                .body("cap", equalTo("runs.max-lines"))
                .body("limit", equalTo(50_000))
                .body("detail", containsString("runs.max-lines"));
        assertNewestRunFailedWithNothingStaged("runs.max-lines");
        given().contentType("application/x-ndjson").body("{}\n".repeat(50_000).getBytes(StandardCharsets.UTF_8))
                .when().post(RUNS).then().statusCode(202);
    }

    @Test
    void aGzipOfZerosIsStoppedQuicklyByTheDecompressedSizeCap() throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(compressed, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) { // 1 GiB of zeros
                zip.write(zeros);
            }
        }
        long started = System.nanoTime();
        given().contentType("application/x-ndjson").header("Content-Encoding", "gzip").body(compressed.toByteArray())
                .when().post(RUNS)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("cap", equalTo("runs.max-decompressed-bytes"))
                .body("limit", equalTo(64 * 1024 * 1024))
                .body("detail", containsString("runs.max-decompressed-bytes"));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds < 10, "refused after " + seconds + " s");
        assertNewestRunFailedWithNothingStaged("runs.max-decompressed-bytes");
    }

    @Test
    void aPlainBodyDeclaredOverTheCapIsRefusedBeforeItIsRead() throws Exception {
        long runsBefore = runs();
        String answer = rawPost(100L * 1024 * 1024, new byte[0]);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("runs.max-decompressed-bytes"), answer);
        assertEquals(runsBefore, runs(), "no run was created");
    }

    @Test
    void anUploadCutOffMidBodyLeavesAFailedRunWithNothingStaged() throws Exception {
        StringBuilder half = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            half.append("{\"sellerId\":\"S-half-").append(i).append("\",\"periodStart\":\"").append(SUNDAY)
                    .append("\",\"periodEnd\":\"").append(SUNDAY.plusDays(6))
                    .append("\",\"unitsShipped\":10,\"unitsLateProcessed\":0,\"unitsCancelled\":0,\"unitsLateHandover\":0}\n");
        }
        byte[] sent = half.toString().getBytes(StandardCharsets.UTF_8);
        long runsBefore = runs();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(headers(2L * sent.length).getBytes(StandardCharsets.US_ASCII));
            out.write(sent);
            out.flush();
            // wait until some of it is staged, so that there is something to remove
            for (int i = 0; i < 200 && stagedLinesOfNewestRun() == 0; i++) {
                Thread.sleep(50);
            }
        } // closed with half the declared body sent
        String[] newest = null;
        for (int i = 0; i < 200; i++) {
            newest = newestRun();
            if (newest != null && runs() > runsBefore && "FAILED".equals(newest[1])) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(runsBefore + 1, runs());
        assertEquals("FAILED", newest[1], String.join(" ", newest));
        assertTrue(newest[2].contains("cut off"), newest[2]);
        assertEquals(0, stagedLines(newest[0]));
        assertEquals(0, countOf("SELECT count(*) FROM {s}assessment_run_rejection WHERE run_id = '" + newest[0] + "'"));
    }

    private void assertNewestRunFailedWithNothingStaged(String cap) throws SQLException {
        String[] newest = newestRun();
        assertEquals("FAILED", newest[1]);
        assertTrue(newest[2].contains(cap), newest[2]);
        assertEquals(0, stagedLines(newest[0]));
        assertEquals(0, countOf("SELECT count(*) FROM {s}assessment_run_line l JOIN {s}assessment_run r"
                + " ON r.run_id = l.run_id WHERE r.status IN ('COMPLETED', 'FAILED')"));
    }

    private String rawPost(long declaredLength, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(headers(declaredLength).getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                answer.write(buffer, 0, read);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String headers(long contentLength) {
        return "POST " + RUNS + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString("tester:tester".getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "Content-Type: application/x-ndjson\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    private long runs() throws SQLException {
        return countOf("SELECT count(*) FROM {s}assessment_run");
    }

    private long stagedLines(String runId) throws SQLException {
        return countOf("SELECT count(*) FROM {s}assessment_run_line WHERE run_id = '" + runId + "'");
    }

    private long stagedLinesOfNewestRun() throws SQLException {
        String[] newest = newestRun();
        return newest == null ? 0 : stagedLines(newest[0]);
    }

    /** The newest run: id, status, failure. */
    private String[] newestRun() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql(
                     "SELECT run_id, status, coalesce(failure, '') FROM {s}assessment_run ORDER BY started_at DESC LIMIT 1"));
             ResultSet row = select.executeQuery()) {
            return row.next() ? new String[] {row.getString(1), row.getString(2), row.getString(3)} : null;
        }
    }

    private long countOf(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql(query));
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private String sql(String statement) {
        return statement.replace("{s}", "\"" + schema + "\".");
    }
}
