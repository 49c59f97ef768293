package com.marketplace.sellerperformance.events;

import static com.marketplace.sellerperformance.testing.DecisionEventQueue.changes;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.marketplace.sellerperformance.testing.DecisionEventQueue;
import com.marketplace.sellerperformance.testing.LogLines;
import com.marketplace.sellerperformance.testing.ProxiedServer;
import com.marketplace.sellerperformance.testing.Submission;
import com.marketplace.sellerperformance.testing.TcpProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RabbitMQ unreachable under the running service: decisions go on, their events wait in the
 * outbox, and once the broker is reachable again every one arrives, in order. The service talks to
 * the broker through a TCP proxy this test owns; the outage is the proxy cutting every connection.
 * The broker itself is never stopped.
 */
@QuarkusTest
@TestProfile(BrokerOutageTest.ThroughAProxy.class)
class BrokerOutageTest {
    @Inject
    EntityManager entityManager;

    /** Set by {@link ProxiedBroker}. */
    TcpProxy broker;

    public static class ThroughAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedBroker.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // the connector tries the broker again every second, so a short cut is over in about one
            return Map.of("decision-events.relay.confirm-timeout", "2s",
                    "mp.messaging.outgoing.decision-events.reconnect-interval", "1");
        }
    }

    /** Points the RabbitMQ connector at a proxy in front of the broker. */
    public static class ProxiedBroker extends ProxiedServer {
        @Override
        protected String host() {
            return "127.0.0.1";
        }

        @Override
        protected int port() {
            return 5672;
        }

        @Override
        protected Map<String, String> settings(int proxyPort) {
            return Map.of("rabbitmq-host", "127.0.0.1", "rabbitmq-port", String.valueOf(proxyPort));
        }
    }

    @Test
    void decisionsMadeWhileTheBrokerIsAwayArriveInOrderOnceItIsBack() throws Exception {
        try (DecisionEventQueue queue = new DecisionEventQueue()) {
            Submission before = Submission.forNewSeller();
            submit(before.week("2026-08-02").with("unitsCancelled", 9)).statusCode(201);
            assertEquals(List.of("STRIKE_ISSUED 2026-08-09"), changes(queue.about(before.sellerId(), 1)));

            Submission during = Submission.forNewSeller();
            broker.cut();
            try {
                DecisionEventsTest.fourWeeksOfCancellations(during);
                RestAssured.given().get("/q/health/ready").then().statusCode(200);
                assertEquals(6, unpublished(during.sellerId()), "events held in the outbox while the broker is away");
            } finally {
                broker.restore();
            }

            List<JsonNode> arrived = queue.about(during.sellerId(), 6);
            Map<String, JsonNode> once = new LinkedHashMap<>();
            arrived.forEach(event -> once.putIfAbsent(event.path("eventId").asText(), event));
            assertEquals(List.of("STRIKE_ISSUED 2026-08-09", "STRIKE_ISSUED 2026-08-16", "STRIKE_ISSUED 2026-08-23",
                            "PRIME_BADGE_REMOVED 2026-08-23", "STRIKE_ISSUED 2026-08-30", "DEACTIVATED 2026-08-30"),
                    changes(List.copyOf(once.values())));
        }
    }

    @Test
    void aTwentySecondBrokerOutageUnderLoadLogsAFewLinesNotAStackTracePerReconnect() throws Exception {
        LogLines log = new LogLines();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        int decided = 0;
        broker.cut();
        root.addHandler(log);
        try {
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < end) {
                submit(Submission.forNewSeller().week("2026-08-02").with("unitsCancelled", 9)).statusCode(201);
                decided++;
                Thread.sleep(200);
            }
        } finally {
            root.removeHandler(log);
            broker.restore();
        }
        assertTrue(decided > 20, "decisions during the outage: " + decided);
        assertTrue(log.lines.get() <= 100, log.lines.get() + " log lines in a 20 s broker outage with " + decided
                + " decisions, by logger: " + log.byLogger);
    }

    private long unpublished(String subjectId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM {h-schema}decision_event WHERE subject_id = :subject"
                                + " AND published_at IS NULL")
                .setParameter("subject", subjectId).getSingleResult()).longValue());
    }
}
