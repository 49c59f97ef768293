import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
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
        int sellers = Integer.parseInt(options.getOrDefault("sellers", "100000"));
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(System.nanoTime())));
        int partitions = Integer.parseInt(options.getOrDefault("partitions", "1"));
        int weeks = Integer.parseInt(options.getOrDefault("weeks", "1"));
        String schema = options.getOrDefault("schema", "seller_performance_bench");
        System.out.printf("batch benchmark: %d sellers, %d week(s), seed %d, %d partition(s), schema %s%n", sellers,
                weeks, seed, partitions, schema);
        System.out.println("load before: " + uptime());

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

    private static void generate(Path file, int sellers, Random random, LocalDate sunday) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < sellers; i++) {
                long shipped = 100 + random.nextInt(5000);
                boolean misses = random.nextInt(5) == 0;
                out.write("{\"sellerId\":\"B-" + i + "\",\"periodStart\":\"" + sunday + "\",\"periodEnd\":\""
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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar"));
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
