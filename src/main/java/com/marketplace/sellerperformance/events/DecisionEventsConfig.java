package com.marketplace.sellerperformance.events;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * How decision events leave the outbox. The exchange and the broker's address are the RabbitMQ
 * channel's settings (application.properties: DECISION_EVENTS_EXCHANGE, RABBITMQ_HOST, …).
 */
@ConfigMapping(prefix = "decision-events")
public interface DecisionEventsConfig {

    /** The topic exchange the events are published to (DECISION_EVENTS_EXCHANGE). */
    String exchange();

    Relay relay();

    Daily daily();

    interface Daily {
        /** When the daily job runs: a Quarkus cron in the marketplace's zone, or off (DECISION_EVENTS_DAILY_CRON). */
        String cron();
    }

    interface Relay {
        /** How often the outbox is looked at besides right after each decision (DECISION_EVENTS_RELAY_INTERVAL). */
        Duration interval();

        /** How many events one pass publishes at most. */
        int batchSize();

        /** How long a publication may wait for the broker's confirmation before the pass stops. */
        Duration confirmTimeout();

        /** The longest wait between two passes after a failed one (the wait doubles from the interval). */
        Duration maxBackoff();
    }
}
