package com.marketplace.sellerperformance.fbaonsite.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.signin.PasswordHashes;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service killed with SIGKILL in the middle of a run and started again finishes the
 * run by itself, and what it stored equals what an uninterrupted run of the same file stores.
 */
class AssessmentRunResumeIT {
    private static final String BASE_SCHEMA = System.getenv().getOrDefault("_TEST_DB_SCHEMA", "seller_performance_test");
    private static final String JDBC = "jdbc:postgresql://localhost:5432/postgres";
    private static final Pattern NUMBER = Pattern.compile("\"%s\":(\\d+)");
    private static final LocalDate FIRST_SUNDAY = LocalDate.parse("2026-03-01");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRunKilledMidwayFinishesAfterARestartWithTheSameAssessmentsAndStrikes(@TempDir Path temp) throws Exception {
        long seed = Long.getLong("resume.seed", System.nanoTime());
        System.out.println("AssessmentRunResumeIT seed " + seed);
        byte[] week = weeks(new Random(seed), 300, 3);

        String reference = BASE_SCHEMA + "_it_ref";
        try (Service service = Service.start(reference, true, temp.resolve("ref.log"))) {
            String run = post(service, week);
            assertEquals("COMPLETED", status(awaitEnd(service, run)));
        }

        String killed = BASE_SCHEMA + "_it_kill";
        String run;
        try (Service service = Service.start(killed, true, temp.resolve("kill.log"))) {
            run = post(service, week);
            String state = get(service, run);
            while (number(state, "assessed") < 200 && "RUNNING".equals(status(state))) {
                Thread.sleep(20);
                state = get(service, run);
            }
            service.kill();
            assertEquals("RUNNING", status(state), "the run ended before the kill; nothing was interrupted");
        }
        long decidedAtKill = scalar(killed, "SELECT sum(done) FROM %s.assessment_run_part");
        assertTrue(decidedAtKill > 0 && decidedAtKill < 900, "killed after " + decidedAtKill + " of 900 lines");

        try (Service service = Service.start(killed, false, temp.resolve("restart.log"))) {
            String end = awaitEnd(service, run);
            assertEquals("COMPLETED", status(end), end);
            assertEquals(900, number(end, "lines"));
        }
        assertEquals(stored(reference), stored(killed));
        assertEquals(counts(reference), counts(killed));
    }

    /** Sellers' weeks, in week order: some clean, some with late units, so strikes climb the ladder. */
    private static byte[] weeks(Random random, int sellers, int weeks) {
        StringBuilder file = new StringBuilder();
        for (int week = 0; week < weeks; week++) {
            LocalDate start = FIRST_SUNDAY.plusWeeks(week);
            for (int seller = 0; seller < sellers; seller++) {
                int late = random.nextInt(4) == 0 ? 5 + random.nextInt(20) : 0;
                int shipped = late > 0 ? 1000 : 0 == random.nextInt(50) ? -1 : 1000;
                file.append("{\"sellerId\":\"R-").append(seller).append("\",\"periodStart\":\"").append(start)
                        .append("\",\"periodEnd\":\"").append(start.plusDays(6)).append("\",\"unitsShipped\":")
                        .append(shipped).append(",\"unitsLateProcessed\":").append(late)
                        .append(",\"unitsCancelled\":0,\"unitsLateHandover\":0}\n");
            }
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Everything decided, without ids and times: assessments with their metrics, and strikes. */
    private static List<String> stored(String schema) throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.addAll(query(schema, "SELECT s.seller_id, a.period_start, a.period_end, a.assessed_on, a.revision,"
                + " a.input_facts::text, a.rule_set_version, a.fired_rules::text, a.created_by,"
                + " (SELECT string_agg(m.metric || ' ' || m.numerator || '/' || m.denominator || ' ' || m.status, ', '"
                + "   ORDER BY m.position) FROM %1$s.metric_result m WHERE m.assessment_ref = a.id)"
                + " FROM %1$s.assessment a JOIN %1$s.seller s ON s.id = a.seller_ref ORDER BY 1, 2, 5"));
        rows.addAll(query(schema, "SELECT s.seller_id, a.period_start, t.metric, t.number, t.issued_on, t.expires_on,"
                + " t.penalty, t.minimum_deactivation_days, t.plan_of_action_required, t.status"
                + " FROM %1$s.strike t JOIN %1$s.seller s ON s.id = t.seller_ref"
                + " JOIN %1$s.assessment a ON a.assessment_id = t.assessment_id AND a.revision = 1 ORDER BY 1, 2, 3"));
        assertTrue(rows.size() > 900, "too little was stored to compare: " + rows.size());
        return rows;
    }

    private static List<String> counts(String schema) throws SQLException {
        return query(schema, "SELECT r.lines, sum(p.assessed), sum(p.repeated), sum(p.conflicts), sum(p.rejected),"
                + " r.status FROM %1$s.assessment_run r JOIN %1$s.assessment_run_part p ON p.run_id = r.run_id"
                + " GROUP BY r.run_id");
    }

    private static List<String> query(String schema, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(JDBC, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(String.format(sql, schema))) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(result.getString(i)).append(" | ");
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static long scalar(String schema, String sql) throws SQLException {
        return Long.parseLong(query(schema, sql).get(0).split(" \\| ")[0]);
    }

    private String post(Service service, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(service.request("/api/v1/fba-onsite/assessment-runs")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    private String get(Service service, String location) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(service.request(URI.create(location).getPath()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private String awaitEnd(Service service, String run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String state = get(service, run);
        while ("RUNNING".equals(status(state)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            state = get(service, run);
        }
        return state;
    }

    private static String status(String run) {
        Matcher matcher = Pattern.compile("\"status\":\"(\\w+)\"").matcher(run);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static long number(String run, String field) {
        Matcher matcher = Pattern.compile(String.format(NUMBER.pattern(), field)).matcher(run);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** The packaged service as a child process on a port and schema of its own. */
    private static final class Service implements AutoCloseable {
        private final Process process;
        private final int port;
        private final Path log;

        private Service(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static Service start(String schema, boolean fresh, Path log) throws IOException, InterruptedException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", "target/quarkus-app/quarkus-run.jar")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            var env = builder.environment();
            env.put("DB_SCHEMA", schema);
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("RULES_DIR", "src/test/resources/fixed-rules");
            env.put("RUNS_CHUNK_LINES", "25");
            env.put("USERS_EVALUATOR_PASSWORD_HASH", PasswordHashes.hash("evaluator", PasswordHashes.DEFAULT_COST));
            env.put("USERS_EVALUATOR_ROLES", "evaluator");
            if (fresh) {
                env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
                env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
            }
            Service service = new Service(builder.start(), port, log);
            service.awaitReady();
            return service;
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("evaluator:evaluator".getBytes(StandardCharsets.UTF_8)));
        }

        private void awaitReady() throws IOException, InterruptedException {
            HttpClient client = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    HttpResponse<String> ready = client.send(HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            process.destroyForcibly();
            throw new AssertionError("the service did not get ready:\n" + Files.readString(log));
        }

        /** SIGKILL: no shutdown hook, no transaction finished. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                process.waitFor();
            }
        }
    }
}
