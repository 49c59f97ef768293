package com.marketplace.sellerperformance.events;

import com.marketplace.sellerperformance.records.Relay;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to RabbitMQ: the unpublished events in the order they were recorded, each
 * marked published only once the broker has confirmed it. A pass stops at the first event the
 * broker does not confirm, and the next pass starts again from it after a wait that doubles up to
 * a limit: nothing is lost and no event overtakes an earlier one. An event may be published twice
 * (a confirmation lost, a crash before marking); it keeps its id. Woken after each decision and on
 * its timer; one pass at a time across every instance of the service ({@link Relay}, lock 7303).
 */
@ApplicationScoped
public class OutboxRelay extends Relay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> channel;
    private final EntityManager entityManager;
    private final DecisionEventsConfig.Relay config;

    public OutboxRelay(@Channel("decision-events") MutinyEmitter<String> channel, EntityManager entityManager,
                       DecisionEventsConfig config) {
        this.channel = channel;
        this.entityManager = entityManager;
        this.config = config.relay();
    }

    @Scheduled(every = "${decision-events.relay.interval:2s}", delayed = "${decision-events.relay.interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        wake();
    }

    @Override
    protected Schedule schedule() {
        return new Schedule("decision-events-relay", 7303, config.interval(), config.maxBackoff());
    }

    @Override
    protected EntityManager entityManager() {
        return entityManager;
    }

    @Override
    protected void waiting(String why, Duration wait) {
        LOG.warnf("Decision events wait in the outbox (%s); next attempt in %d ms", why, wait.toMillis());
    }

    /** Publishes a batch of the pending events in order; stops at the first the broker does not confirm. */
    @Override
    protected Pass pass() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("SELECT id, event_id, program, type,"
                        + " CAST(payload AS text) AS payload FROM {h-schema}decision_event WHERE published_at IS NULL"
                        + " ORDER BY id LIMIT :limit", Tuple.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        List<Long> confirmed = new ArrayList<>();
        RuntimeException failure = null;
        for (Tuple row : rows) {
            try {
                publish(row.get("event_id").toString(), row.get("program") + "." + row.get("type"),
                        (String) row.get("payload"));
            } catch (RuntimeException notConfirmed) {
                failure = notConfirmed;
                break;
            }
            confirmed.add(((Number) row.get("id")).longValue());
        }
        if (!confirmed.isEmpty()) {
            entityManager.createNativeQuery(
                            "UPDATE {h-schema}decision_event SET published_at = now() WHERE id IN (:ids)")
                    .setParameter("ids", confirmed)
                    .executeUpdate();
        }
        return new Pass(rows.size() == config.batchSize(), failure);
    }

    private void publish(String eventId, String routingKey, String payload) {
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(routingKey)
                .withMessageId(eventId)
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withTimestamp(Instant.now().atZone(ZoneOffset.UTC))
                .build();
        channel.sendMessage(Message.of(payload, Metadata.of(metadata)))
                .await().atMost(config.confirmTimeout());
    }
}
