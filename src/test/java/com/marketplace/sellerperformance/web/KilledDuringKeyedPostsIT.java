package com.marketplace.sellerperformance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.testing.PackagedService;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service killed with SIGKILL while many keyed POSTs are in flight, then started again
 * on the same database: every key, retried with its own body, gets the decision stored for it or a
 * fresh one. No key is left locked by a request that died, and no seller's week is decided twice.
 */
class KilledDuringKeyedPostsIT {
    private static final String ASSESSMENTS = "/api/v1/fba-onsite/assessments";
    private static final String JDBC = "jdbc:postgresql://localhost:5432/postgres";
    private static final LocalDate FIRST_SUNDAY = LocalDate.parse("2026-03-01");
    private static final int KEYS = 200;
    private static final int IN_FLIGHT = 8;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** A keyed request: a new seller's week. */
    private record Keyed(String key, String sellerId, String body) {
    }

    /** What came back for a key: a status and the assessment's id, or nothing (status 0: the process died). */
    private record Answer(int status, String assessmentId, String body) {
        static final Answer NONE = new Answer(0, null, "no answer");
    }

    @Test
    void afterAKillEveryKeyGetsItsStoredDecisionOrAFreshOneAndNoWeekIsDecidedTwice(@TempDir Path temp)
            throws Exception {
        long seed = Long.getLong("kill.seed", System.nanoTime());
        System.out.println("KilledDuringKeyedPostsIT seed " + seed);
        Random random = new Random(seed);
        List<Keyed> requests = requests(random);
        int killAfter = KEYS / 4 + random.nextInt(KEYS / 4);

        String schema = PackagedService.BASE_SCHEMA + "_it_keys";
        BeforeKill firstRun;
        try (PackagedService service = PackagedService.start(schema, true, temp.resolve("first.log"), Map.of())) {
            firstRun = sendAndKill(service, requests, killAfter);
        }
        Map<String, Answer> beforeKill = firstRun.answers();
        assertTrue(firstRun.inFlight() > 0 && firstRun.sent() < KEYS, "the kill came at no request in flight: "
                + firstRun.sent() + " sent, " + beforeKill.size() + " answered");
        beforeKill.forEach((key, answer) -> assertEquals(201, answer.status(), key + ": " + answer.body()));

        Map<String, String> storedAtKill = assessmentIds(schema);
        int storedUnanswered = (int) requests.stream()
                .filter(r -> !beforeKill.containsKey(r.key()) && storedAtKill.containsKey(r.sellerId())).count();
        for (Keyed request : requests) {
            Answer answer = beforeKill.get(request.key());
            if (answer != null) {
                assertEquals(answer.assessmentId(), storedAtKill.get(request.sellerId()),
                        "answered 201 but not stored: " + request.key());
            }
        }

        Map<String, Answer> retried;
        try (PackagedService service = PackagedService.start(schema, false, temp.resolve("restart.log"), Map.of())) {
            retried = sendAll(service, requests);
        }
        System.out.printf("KilledDuringKeyedPostsIT: %d keys, %d sent before the kill, %d answered, %d in flight"
                        + " (%d of them stored), %d retried after the restart%n",
                KEYS, firstRun.sent(), beforeKill.size(), firstRun.inFlight(), storedUnanswered, retried.size());

        List<String> wrong = new ArrayList<>();
        for (Keyed request : requests) {
            Answer answer = retried.get(request.key());
            String stored = storedAtKill.get(request.sellerId());
            if (answer.status() != 201) {
                wrong.add(request.key() + " answered " + answer.status() + " " + answer.body());
            } else if (stored != null && !stored.equals(answer.assessmentId())) {
                wrong.add(request.key() + " decided again: " + answer.assessmentId() + " instead of " + stored);
            }
        }
        assertEquals(List.of(), wrong, "keys stuck or decided twice");

        List<String> perWeek = query(schema, "SELECT s.seller_id || ' ' || a.period_start || ' ' || count(*)"
                + " FROM %1$s.assessment a JOIN %1$s.seller s ON s.id = a.seller_ref"
                + " GROUP BY s.seller_id, a.period_start HAVING count(*) > 1");
        assertEquals(List.of(), perWeek, "seller-weeks decided more than once");
        assertEquals(List.of(String.valueOf(KEYS)), query(schema, "SELECT count(*) FROM %1$s.assessment"));
        Map<String, String> storedAtEnd = assessmentIds(schema);
        assertEquals(KEYS, storedAtEnd.size(), "every key's week decided once");
        requests.forEach(r -> assertEquals(storedAtEnd.get(r.sellerId()), retried.get(r.key()).assessmentId()));
    }

    /** What the first process answered before it was killed, and how many requests it had been sent. */
    private record BeforeKill(Map<String, Answer> answers, int sent) {
        int inFlight() {
            return sent - answers.size();
        }
    }

    /** Sends the requests, {@value #IN_FLIGHT} at a time, and kills the service once {@code killAfter} are answered. */
    private BeforeKill sendAndKill(PackagedService service, List<Keyed> requests, int killAfter)
            throws InterruptedException {
        Map<String, Answer> answers = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT);
        for (int i = 0; i < IN_FLIGHT; i++) {
            senders.execute(() -> {
                for (int n; !killed.get() && (n = sent.getAndIncrement()) < KEYS; ) {
                    Answer answer = send(service, requests.get(n));
                    if (answer != Answer.NONE) {
                        answers.put(requests.get(n).key(), answer);
                    }
                }
            });
        }
        while (answers.size() < killAfter && sent.get() < KEYS) {
            Thread.sleep(5);
        }
        killed.set(true);
        service.kill();
        senders.shutdown();
        assertTrue(senders.awaitTermination(1, TimeUnit.MINUTES));
        return new BeforeKill(Map.copyOf(answers), Math.min(sent.get(), KEYS));
    }

    /** Sends every request, {@value #IN_FLIGHT} at a time: each key's answer. */
    private Map<String, Answer> sendAll(PackagedService service, List<Keyed> requests) throws InterruptedException {
        Map<String, Answer> answers = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT);
        for (Keyed request : requests) {
            senders.execute(() -> answers.put(request.key(), send(service, request)));
        }
        senders.shutdown();
        assertTrue(senders.awaitTermination(1, TimeUnit.MINUTES));
        return answers;
    }

    /** One key per new seller, for a week of its own with a few late or cancelled units now and then. */
    private List<Keyed> requests(Random random) throws IOException {
        List<Keyed> requests = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            String sellerId = "K-" + Long.toHexString(random.nextLong()) + "-" + i;
            LocalDate sunday = FIRST_SUNDAY.plusWeeks(random.nextInt(8));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("sellerId", sellerId);
            body.put("periodStart", sunday.toString());
            body.put("periodEnd", sunday.plusDays(6).toString());
            body.put("unitsShipped", 1000);
            body.put("unitsLateProcessed", random.nextInt(3) == 0 ? random.nextInt(30) : 0);
            body.put("unitsCancelled", random.nextInt(3) == 0 ? random.nextInt(30) : 0);
            body.put("unitsLateHandover", 0);
            requests.add(new Keyed(new UUID(random.nextLong(), random.nextLong()).toString(), sellerId,
                    json.writeValueAsString(body)));
        }
        return requests;
    }

    /** The answer, or none when the service went away before answering. */
    private Answer send(PackagedService service, Keyed request) {
        try {
            HttpResponse<String> response = http.send(service.request(ASSESSMENTS)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header(IdempotencyInterceptor.HEADER, request.key())
                    .POST(HttpRequest.BodyPublishers.ofString(request.body())).build(),
                    HttpResponse.BodyHandlers.ofString());
            String id = response.statusCode() < 300 ? json.readTree(response.body()).path("assessmentId").asText() : null;
            return new Answer(response.statusCode(), id, response.body());
        } catch (IOException gone) {
            return Answer.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.NONE;
        }
    }

    /** Each seller's assessment id as the database holds it. */
    private static Map<String, String> assessmentIds(String schema) throws SQLException {
        Map<String, String> ids = new HashMap<>();
        for (String row : query(schema, "SELECT s.seller_id || ' ' || a.assessment_id FROM %1$s.assessment a"
                + " JOIN %1$s.seller s ON s.id = a.seller_ref")) {
            String[] parts = row.split(" ");
            ids.put(parts[0], parts[1]);
        }
        return ids;
    }

    private static List<String> query(String schema, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(JDBC, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(String.format(sql, schema))) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
