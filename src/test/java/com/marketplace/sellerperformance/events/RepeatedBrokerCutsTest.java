package com.marketplace.sellerperformance.events;

import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.marketplace.sellerperformance.testing.DecisionEventQueue;
import com.marketplace.sellerperformance.testing.Submission;
import com.marketplace.sellerperformance.testing.TcpProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The broker cut again and again while several clients keep deciding: a consumer whose queue was
 * bound before the first decision receives every event recorded, at least once, and each seller's
 * events first arrive in the order they were recorded. Repeats keep their event id. The outage is the
 * test's own proxy (see {@link BrokerOutageTest}) cutting every connection; the broker is never stopped.
 */
@QuarkusTest
@TestProfile(BrokerOutageTest.ThroughAProxy.class)
class RepeatedBrokerCutsTest {
    private static final int CUTS = 10;
    private static final int DECIDERS = 3;
    private static final LocalDate FIRST_SUNDAY = LocalDate.parse("2026-05-03");
    private static final long PATIENCE_MILLIS = 30_000;

    @Inject
    EntityManager entityManager;

    /** Set by {@link BrokerOutageTest.ProxiedBroker}. */
    TcpProxy broker;

    @Test
    void everyEventArrivesAtLeastOnceAndInOrderPerSellerOverTenCutsUnderLoad() throws Exception {
        long seed = Long.getLong("cuts.seed", System.nanoTime());
        System.out.println("RepeatedBrokerCutsTest seed " + seed);
        Random random = new Random(seed);
        String sellers = "CUT-" + Long.toHexString(random.nextLong());

        try (DecisionEventQueue queue = new DecisionEventQueue()) {
            AtomicBoolean deciding = new AtomicBoolean(true);
            ExecutorService deciders = Executors.newFixedThreadPool(DECIDERS);
            List<Future<Integer>> decided = new ArrayList<>();
            for (int i = 0; i < DECIDERS; i++) {
                String prefix = sellers + "-" + i + "-";
                Random own = new Random(random.nextLong());
                decided.add(deciders.submit(() -> decideUntilStopped(prefix, own, deciding)));
            }
            List<Integer> arrivedBeforeEachCut = new ArrayList<>();
            try {
                for (int cut = 0, arrived = 0; cut < CUTS; cut++) {
                    Thread.sleep(1200 + random.nextInt(1300));
                    arrivedBeforeEachCut.add(queue.drained().size() - arrived);
                    arrived += arrivedBeforeEachCut.get(cut);
                    broker.cut();
                    Thread.sleep(500 + random.nextInt(1000));
                    broker.restore();
                }
            } finally {
                broker.restore();
                deciding.set(false);
                deciders.shutdown();
            }
            assertTrue(deciders.awaitTermination(30, TimeUnit.SECONDS));
            int decisions = 0;
            for (Future<Integer> each : decided) {
                decisions += each.get();
            }

            Map<String, List<String>> recorded = recordedBySeller(sellers);
            Set<String> expected = new HashSet<>();
            recorded.values().forEach(expected::addAll);
            List<JsonNode> arrived = awaitAll(queue, expected);
            Set<String> lost = new HashSet<>(expected);
            arrived.forEach(event -> lost.remove(event.path("eventId").asText()));
            long repeats = arrived.stream().filter(e -> e.path("subjectId").asText().startsWith(sellers)).count()
                    - (expected.size() - lost.size());
            System.out.printf("RepeatedBrokerCutsTest: %d cuts, %d decisions, %d events recorded, %d lost,"
                            + " %d delivered more than once; arrived before each cut: %s%n",
                    CUTS, decisions, expected.size(), lost.size(), repeats, arrivedBeforeEachCut);

            assertTrue(expected.size() >= 50, "too few events to say anything: " + expected.size());
            assertTrue(arrivedBeforeEachCut.stream().filter(n -> n > 0).count() >= 2,
                    "the stream never flowed between cuts: " + arrivedBeforeEachCut);
            assertEquals(0, lost.size(), "events lost over the cuts, among them " + lost.stream().limit(5).toList());
            assertEquals(recorded, firstArrivalsBySeller(arrived, sellers), "events overtook earlier ones");
            assertSameEventOnEachRepeat(arrived);
        }
    }

    /** New sellers, a few weeks each, cancellations in some of them: strikes, badge losses, deactivations. */
    private static int decideUntilStopped(String prefix, Random random, AtomicBoolean deciding) {
        int decisions = 0;
        for (int seller = 0; deciding.get(); seller++) {
            Submission submission = Submission.forNewSeller().with("sellerId", prefix + seller);
            int weeks = 1 + random.nextInt(4);
            for (int week = 0; week < weeks && deciding.get(); week++) {
                submission.week(FIRST_SUNDAY.plusWeeks(week).toString())
                        .with("unitsCancelled", random.nextInt(4) == 0 ? 0 : 9);
                submit(submission).statusCode(201);
                decisions++;
            }
        }
        return decisions;
    }

    /** The outbox's event ids of each of the test's sellers, in the order they were recorded. */
    private Map<String, List<String>> recordedBySeller(String sellers) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT subject_id, CAST(event_id AS text) FROM {h-schema}decision_event"
                                + " WHERE subject_id LIKE :sellers ORDER BY id")
                .setParameter("sellers", sellers + "-%").getResultList());
        Map<String, List<String>> bySeller = new LinkedHashMap<>();
        rows.forEach(row -> bySeller.computeIfAbsent((String) row[0], s -> new ArrayList<>()).add((String) row[1]));
        return bySeller;
    }

    private static List<JsonNode> awaitAll(DecisionEventQueue queue, Set<String> expected) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        List<JsonNode> arrived = queue.drained();
        while (!arrivedAll(arrived, expected) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            arrived = queue.drained();
        }
        return arrived;
    }

    private static boolean arrivedAll(List<JsonNode> arrived, Set<String> expected) {
        Set<String> ids = new HashSet<>();
        arrived.forEach(event -> ids.add(event.path("eventId").asText()));
        return ids.containsAll(expected);
    }

    /** Each seller's event ids in the order of their first arrival: what a consumer dropping repeats sees. */
    private static Map<String, List<String>> firstArrivalsBySeller(List<JsonNode> arrived, String sellers) {
        Map<String, Set<String>> bySeller = new LinkedHashMap<>();
        for (JsonNode event : arrived) {
            String seller = event.path("subjectId").asText();
            if (seller.startsWith(sellers + "-")) {
                bySeller.computeIfAbsent(seller, s -> new LinkedHashSet<>()).add(event.path("eventId").asText());
            }
        }
        Map<String, List<String>> inOrder = new LinkedHashMap<>();
        bySeller.forEach((seller, ids) -> inOrder.put(seller, List.copyOf(ids)));
        return inOrder;
    }

    /** A repeat is the same event: the same body under the same id. */
    private static void assertSameEventOnEachRepeat(List<JsonNode> arrived) {
        Map<String, JsonNode> first = new LinkedHashMap<>();
        for (JsonNode event : arrived) {
            JsonNode earlier = first.putIfAbsent(event.path("eventId").asText(), event);
            if (earlier != null) {
                assertEquals(earlier, event, "a repeat that differs from the event first delivered");
            }
        }
    }
}
