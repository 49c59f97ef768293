package com.marketplace.sellerperformance.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How decision events leave the outbox. The exchange and the broker's address are the RabbitMQ
 * channel's settings (application.properties: DECISION_EVENTS_EXCHANGE, RABBITMQ_HOST, …).
 */
@ConfigMapping(prefix = "decision-events")
public interface DecisionEventsConfig {

    /** The topic exchange the events are published to (DECISION_EVENTS_EXCHANGE). */
    @WithDefault("seller-performance.decisions")
    String exchange();

    Relay relay();

    Daily daily();

    interface Daily {
        /** When the daily job runs: a Quarkus cron in the marketplace's zone, or off (DECISION_EVENTS_DAILY_CRON). */
        @WithDefault("0 5 0 * * ?")
        String cron();
    }

    interface Relay {
        /** How often the outbox is looked at besides right after each decision (DECISION_EVENTS_RELAY_INTERVAL). */
        @WithDefault("2s")
        Duration interval();

        /** How many events one pass publishes at most. */
        @WithDefault("200")
        int batchSize();

        /** How long a publication may wait for the broker's confirmation before the pass stops. */
        @WithDefault("10s")
        Duration confirmTimeout();

        /** The longest wait between two passes after a failed one (the wait doubles from the interval). */
        @WithDefault("60s")
        Duration maxBackoff();
    }
}
