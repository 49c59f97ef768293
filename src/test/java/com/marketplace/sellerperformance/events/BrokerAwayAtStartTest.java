package com.marketplace.sellerperformance.events;

import static com.marketplace.sellerperformance.testing.DecisionEventQueue.changes;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.DecisionEventQueue;
import com.marketplace.sellerperformance.testing.Submission;
import com.marketplace.sellerperformance.testing.TcpProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service started while RabbitMQ is unreachable (a TCP proxy this test owns, cut from the
 * start): it is ready and decides, and the events of those decisions arrive once the broker is.
 */
@QuarkusTest
@TestProfile(BrokerAwayAtStartTest.AwayFromTheStart.class)
class BrokerAwayAtStartTest {
    /** Set by {@link AwayAtStart}. */
    TcpProxy broker;

    public static class AwayFromTheStart implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(AwayAtStart.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("decision-events.relay.confirm-timeout", "2s");
        }
    }

    public static class AwayAtStart extends BrokerOutageTest.ProxiedBroker {
        @Override
        protected boolean awayAtStart() {
            return true;
        }
    }

    @Test
    void theServiceStartsAndDecidesWithoutTheBrokerAndItsEventsFollowOnceItIsThere() throws Exception {
        try (DecisionEventQueue queue = new DecisionEventQueue()) {
            RestAssured.given().get("/q/health/ready").then().statusCode(200);
            Submission seller = Submission.forNewSeller();
            submit(seller.week("2026-08-02").with("unitsCancelled", 9)).statusCode(201);
            submit(seller.week("2026-08-09").with("unitsCancelled", 9)).statusCode(201);
            Thread.sleep(3_000); // at least one relay attempt meets the broker away
            broker.restore();
            assertEquals(List.of("STRIKE_ISSUED 2026-08-09", "STRIKE_ISSUED 2026-08-16"),
                    changes(queue.about(seller.sellerId(), 2)).stream().distinct().toList());
        }
    }
}
