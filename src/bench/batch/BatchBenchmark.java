import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedWriter;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * The weekly run against its baseline, in one run: generates N sellers' weeks (seeded), decides them
 * with the packaged service's assess-week command (P partitions side by side) on a fresh schema,
 * (with --weeks W the sellers' earlier weeks first, untimed, so that the last week's sellers have a
 * record), then COPYs the very rows the last week's run wrote (sellers, assessments, metric results, strikes) into
 * scratch tables of the same shape and prints sellers per second for both and their ratio.
 *
 * java -cp target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar src/bench/batch/BatchBenchmark.java
 *      [--sellers 100000] [--weeks 1] [--seed S] [--partitions 1] [--schema seller_performance_bench]
 *      [--generate FILE: only write one week of the sellers to FILE]
 * (JAVA_OPTS: the JVM flags of the assess-week commands, e.g. -XX:StartFlightRecording=filename=/tmp/run-%p.jfr)
 *
 * With SHADOW=1 (ROUNDS=3, --sellers 20000 unless told): runs of new sellers' weeks without and with a
 * shadow rule set (the rules with one goal changed, installed as src/bench/request-path/install-shadow.py
 * does through the packaged service, which runs beside on the same schema), in turns, each round's two
 * runs deciding the same figures for different new sellers; prints sellers per second of each run, the
 * means and their ratio, and how many decisions the shadow compared (GET /api/v1/rules/shadow).
 */
public class BatchBenchmark {
    private static final String JDBC = System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL",
            "jdbc:postgresql://localhost:5432/postgres");
    private static final String USER = System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "");
    private static final List<String> TABLES = List.of("seller", "assessment", "metric_result", "strike");
    private static final String[] FAMILIES = {"CE", "CO", "SL"};

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        boolean shadow = "1".equals(System.getenv("SHADOW"));
        int sellers = Integer.parseInt(options.getOrDefault("sellers", shadow ? "20000" : "100000"));
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(System.nanoTime())));
        int partitions = Integer.parseInt(options.getOrDefault("partitions", "1"));
        int weeks = Integer.parseInt(options.getOrDefault("weeks", "1"));
        String schema = options.getOrDefault("schema", "seller_performance_bench");
        System.out.printf("batch benchmark: %d sellers, %d week(s), seed %d, %d partition(s), schema %s%n", sellers,
                weeks, seed, partitions, schema);
        System.out.println("load before: " + uptime());

        if (shadow) {
            withAndWithoutShadow(sellers, seed, Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "3")), schema);
            return;
        }
        Random random = new Random(seed);
        if (options.containsKey("generate")) {
            generate(Path.of(options.get("generate")), sellers, random, LocalDate.parse("2026-11-08"));
            return;
        }
        List<Path> files = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            Path file = Files.createTempFile("week-" + (w + 1) + "-", ".ndjson");
            generate(file, sellers, random, LocalDate.parse("2026-11-08").plusWeeks(w));
            files.add(file);
        }
        Path week = files.get(weeks - 1);
        System.out.printf("generated %d week(s) of the same sellers, the last %s (%d MB)%n", weeks, week,
                Files.size(week) >> 20);

        try (Connection db = DriverManager.getConnection(JDBC, USER, PASSWORD); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        // Migrate the fresh schema first, so the partitions start side by side on the same tables.
        run(List.of("assess-week", "--input", emptyFile().toString()), schema, 0);

        // The weeks before the last give the sellers a record (assessments, strikes, what they were told).
        for (Path earlier : files.subList(0, weeks - 1)) {
            run(List.of("assess-week", "--input", earlier.toString()), schema, 0);
        }
        List<Process> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int p = 0; p < partitions; p++) {
            workers.add(command(List.of("assess-week", "--input", week.toString(), "--partition", p + "/" + partitions),
                    schema, p + 1));
        }
        for (Process worker : workers) {
            if (worker.waitFor() != 0) {
                throw new IllegalStateException("a partition failed; see its log in " + System.getProperty("java.io.tmpdir"));
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String loadDuring = uptime();

        try (Connection db = DriverManager.getConnection(JDBC, USER, PASSWORD)) {
            String lastWeek = " FROM " + schema + ".assessment_run WHERE lines > 0 AND source LIKE '%"
                    + week.getFileName() + "%'";
            double runSeconds = seconds(db, "SELECT EXTRACT(EPOCH FROM max(finished_at) - min(started_at))" + lastWeek);
            double decideSeconds = seconds(db, "SELECT EXTRACT(EPOCH FROM max(finished_at) - min(deciding_since))"
                    + lastWeek);
            long assessed = (long) seconds(db, "SELECT sum(assessed) FROM " + schema + ".assessment_run_part"
                    + " WHERE run_id IN (SELECT run_id" + lastWeek + ")");
            String since = "'" + text(db, "SELECT min(started_at)::text" + lastWeek) + "'";
            double copySeconds = copyTheSameRows(db, schema, since);
            double runRate = assessed / runSeconds;
            double copyRate = assessed / copySeconds;
            System.out.printf("run:  %d sellers assessed in %.2f s from the first line staged to the last commit"
                    + " (%.0f sellers/s; deciding alone %.2f s, %.0f sellers/s; with JVM start %.1f s)%n",
                    assessed, runSeconds, runRate, decideSeconds, assessed / decideSeconds, wall);
            System.out.printf("COPY: the same rows into scratch tables in %.2f s (%.0f sellers/s)%n", copySeconds,
                    copyRate);
            System.out.printf("ratio: run / COPY = %.1f %%%n", 100 * runRate / copyRate);
            System.out.println("load during: " + loadDuring);
        }
    }

    /** One week's run by the assess-week command on its own, as the weekly Job runs it. */
    private record Run(long assessed, double runSeconds, double decideSeconds, double wall) {
        double rate() {
            return assessed / runSeconds;
        }

        double decideRate() {
            return assessed / decideSeconds;
        }
    }

    /**
     * Off and on in turns, so that the machine's other load falls on both alike; the shadow is installed and
     * removed through the service, and the command compiles the installed one at its start (not timed: a
     * run's seconds are from its first line staged to its last commit, as in the table without a shadow).
     */
    private static void withAndWithoutShadow(int sellers, long seed, int rounds, String schema) throws Exception {
        try (Connection db = DriverManager.getConnection(JDBC, USER, PASSWORD); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        run(List.of("assess-week", "--input", emptyFile().toString()), schema, 0);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String base = "http://localhost:" + port;
        Process service = service(schema, port);
        try {
            awaitReady(base, service);
            List<Run> off = new ArrayList<>();
            List<Run> on = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                off.add(timed(schema, sellers, seed + r, "B-r" + r + "-off-"));
                System.out.printf("round %d without a shadow: %s%n", r, describe(off.get(r - 1)));
                Process install = new ProcessBuilder("python3", "src/bench/request-path/install-shadow.py", base,
                        "bench:bench").inheritIO().start();
                if (install.waitFor() != 0) {
                    throw new IllegalStateException("the shadow could not be installed");
                }
                on.add(timed(schema, sellers, seed + r, "B-r" + r + "-on-"));
                String view = http("GET", base + "/api/v1/rules/shadow");
                System.out.printf("round %d with a shadow:    %s; the shadow compared %s decisions, %s decided"
                        + " differently%n", r, describe(on.get(r - 1)), field(view, "decisions"),
                        field(view, "disagreements"));
                http("DELETE", base + "/api/v1/rules/shadow");
                System.out.println("  load: " + uptime());
            }
            double offRate = off.stream().mapToDouble(Run::rate).average().orElseThrow();
            double onRate = on.stream().mapToDouble(Run::rate).average().orElseThrow();
            double offDecide = off.stream().mapToDouble(Run::decideRate).average().orElseThrow();
            double onDecide = on.stream().mapToDouble(Run::decideRate).average().orElseThrow();
            System.out.printf("mean of %d rounds, first line staged to last commit: %.0f sellers/s without,"
                    + " %.0f with a shadow (%+.1f %%)%n", rounds, offRate, onRate, 100 * (onRate - offRate) / offRate);
            System.out.printf("mean of %d rounds, deciding alone: %.0f sellers/s without, %.0f with a shadow"
                    + " (%+.1f %%)%n", rounds, offDecide, onDecide, 100 * (onDecide - offDecide) / offDecide);
            System.out.println("load after: " + uptime());
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private static Run timed(String schema, int sellers, long seed, String prefix) throws Exception {
        Path week = Files.createTempFile("week-" + prefix, ".ndjson");
        generate(week, sellers, new Random(seed), LocalDate.parse("2026-11-08"), prefix);
        long start = System.nanoTime();
        run(List.of("assess-week", "--input", week.toString()), schema, 1);
        double wall = (System.nanoTime() - start) / 1e9;
        Files.delete(week);
        try (Connection db = DriverManager.getConnection(JDBC, USER, PASSWORD)) {
            String it = " FROM " + schema + ".assessment_run WHERE source LIKE '%" + week.getFileName() + "%'";
            return new Run((long) seconds(db, "SELECT sum(assessed) FROM " + schema + ".assessment_run_part"
                    + " WHERE run_id IN (SELECT run_id" + it + ")"),
                    seconds(db, "SELECT EXTRACT(EPOCH FROM max(finished_at) - min(started_at))" + it),
                    seconds(db, "SELECT EXTRACT(EPOCH FROM max(finished_at) - min(deciding_since))" + it), wall);
        }
    }

    private static String describe(Run run) {
        return String.format("%d sellers in %.2f s = %.0f sellers/s (deciding alone %.0f sellers/s; with JVM start %.1f s)",
                run.assessed(), run.runSeconds(), run.rate(), run.decideRate(), run.wall());
    }

    /** The packaged service on the same schema, only to install, read and remove the shadow: it decides no run. */
    private static Process service(String schema, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true)
                .redirectOutput(Path.of(System.getProperty("java.io.tmpdir"), "batch-benchmark-service.log").toFile());
        builder.environment().putAll(Map.of("DB_SCHEMA", schema, "QUARKUS_HTTP_PORT", String.valueOf(port),
                "RUNS_WORKER_ENABLED", "false", "RULES_WATCH_INTERVAL", "0s", "QUARKUS_LOG_LEVEL", "WARN",
                // the password "bench", as in src/bench/request-path/run.sh
                "USERS_BENCH_PASSWORD_HASH", "$2a$10$aMedeYXZ.SXmIxkm4hooD.aGjClrNl8DmLLuXBBNLW.vaMmAnjR0K",
                "USERS_BENCH_ROLES", "analyst"));
        return builder.start();
    }

    private static void awaitReady(String base, Process service) throws Exception {
        for (int i = 0; i < 1200; i++) {
            try {
                HttpResponse<Void> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!service.isAlive()) {
                throw new IllegalStateException("the service did not start; see batch-benchmark-service.log in "
                        + System.getProperty("java.io.tmpdir"));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service was not ready in 2 minutes");
    }

    private static String http(String method, String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "bench:bench".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** A top-level number of the shadow's view (decisions, disagreements come before the per-kind counts). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    private static void generate(Path file, int sellers, Random random, LocalDate sunday) throws IOException {
        generate(file, sellers, random, sunday, "B-");
    }

    private static void generate(Path file, int sellers, Random random, LocalDate sunday, String prefix)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < sellers; i++) {
                long shipped = 100 + random.nextInt(5000);
                boolean misses = random.nextInt(5) == 0;
                out.write("{\"sellerId\":\"" + prefix + i + "\",\"periodStart\":\"" + sunday + "\",\"periodEnd\":\""
                        + sunday.plusDays(6) + "\",\"unitsShipped\":" + shipped
                        + ",\"unitsLateProcessed\":" + (misses ? random.nextInt(50) : 0)
                        + ",\"unitsCancelled\":" + (misses ? random.nextInt(30) : 0)
                        + ",\"unitsLateHandover\":" + (misses ? random.nextInt(40) : 0)
                        + ",\"returns\":[");
                int families = random.nextInt(3);
                for (int f = 0; f < families; f++) {
                    long sent = 10 + random.nextInt(500);
                    out.write((f > 0 ? "," : "") + "{\"family\":\"" + FAMILIES[f] + "\",\"shipped\":" + sent
                            + ",\"returned\":" + random.nextInt((int) sent / 10 + 1) + "}");
                }
                out.write("]}\n");
            }
        }
    }

    /** Dumps what the last run wrote, then times COPY of it into empty tables like the run's (indexes included). */
    private static double copyTheSameRows(Connection db, String schema, String since) throws SQLException, IOException {
        Map<String, String> written = Map.of(
                "seller", "first_seen_at >= " + since,
                "assessment", "created_at >= " + since,
                "metric_result", "assessment_ref IN (SELECT id FROM " + schema + ".assessment WHERE created_at >= " + since + ")",
                "strike", "created_at >= " + since);
        Map<String, byte[]> dumps = new LinkedHashMap<>();
        var copy = db.unwrap(PGConnection.class).getCopyAPI();
        try (Statement sql = db.createStatement()) {
            for (String table : TABLES) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                copy.copyOut("COPY (SELECT * FROM " + schema + "." + table + " WHERE " + written.get(table)
                        + ") TO STDOUT", out);
                dumps.put(table, out.toByteArray());
                sql.execute("CREATE TABLE " + schema + ".scratch_" + table + " (LIKE " + schema + "." + table
                        + " INCLUDING ALL)");
            }
        }
        db.setAutoCommit(false);
        long start = System.nanoTime();
        for (Map.Entry<String, byte[]> dump : dumps.entrySet()) {
            copy.copyIn("COPY " + schema + ".scratch_" + dump.getKey() + " FROM STDIN",
                    new ByteArrayInputStream(dump.getValue()));
        }
        db.commit();
        return (System.nanoTime() - start) / 1e9;
    }

    private static String text(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    private static double seconds(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getDouble(1);
        }
    }

    private static Path emptyFile() throws IOException {
        return Files.createTempFile("empty-", ".ndjson");
    }

    private static void run(List<String> args, String schema, int log) throws Exception {
        if (command(args, schema, log).waitFor() != 0) {
            throw new IllegalStateException("assess-week failed; see its log");
        }
    }

    private static Process command(List<String> args, String schema, int log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String javaOpts = System.getenv().getOrDefault("JAVA_OPTS", "").trim(); // e.g. a JFR recording of the runs
        if (!javaOpts.isEmpty()) {
            command.addAll(List.of(javaOpts.split("\\s+")));
        }
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        command.addAll(args);
        Path logFile = Path.of(System.getProperty("java.io.tmpdir"), "batch-benchmark-" + log + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().put("DB_SCHEMA", schema);
        return builder.start();
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim() + " (1, 5, 15 min load averages, ...)";
        } catch (IOException e) {
            return "unknown";
        }
    }

}
