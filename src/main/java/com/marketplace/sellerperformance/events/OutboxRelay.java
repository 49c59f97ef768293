package com.marketplace.sellerperformance.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to RabbitMQ: the unpublished events in the order they were recorded, each
 * marked published only once the broker has confirmed it. A pass stops at the first event the
 * broker does not confirm, and the next pass starts again from it after a wait that doubles up to
 * a limit: nothing is lost and no event overtakes an earlier one. An event may be published twice
 * (a confirmation lost, a crash before marking); it keeps its id. One pass at a time across every
 * instance of the service (a PostgreSQL advisory lock).
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock space of the relay; {@code SubjectLock} uses 7301 and 7302. */
    private static final int RELAY_LOCK = 7303;

    private final MutinyEmitter<String> channel;
    private final EntityManager entityManager;
    private final DecisionEventsConfig.Relay config;
    private final ExecutorService passes = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "decision-events-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean passQueued = new AtomicBoolean();
    private volatile Duration backoff = Duration.ZERO;
    private volatile Instant notBefore = Instant.MIN;

    public OutboxRelay(@Channel("decision-events") MutinyEmitter<String> channel, EntityManager entityManager,
                       DecisionEventsConfig config) {
        this.channel = channel;
        this.entityManager = entityManager;
        this.config = config.relay();
    }

    @PreDestroy
    void stop() {
        passes.shutdownNow();
    }

    /** A look at the outbox soon, unless a failed pass asked for a wait. */
    public void wake() {
        if (passQueued.compareAndSet(false, true)) {
            passes.execute(() -> {
                passQueued.set(false);
                publishPending();
            });
        }
    }

    @Scheduled(every = "${decision-events.relay.interval:2s}", delayed = "${decision-events.relay.interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        wake();
    }

    /** Publishes what is pending, pass after pass, until the outbox is empty or a pass fails. */
    void publishPending() {
        if (Instant.now().isBefore(notBefore)) {
            return;
        }
        try {
            Pass pass;
            do {
                pass = QuarkusTransaction.requiringNew().call(this::pass);
            } while (pass.failure() == null && pass.more());
            if (pass.failure() != null) {
                throw pass.failure();
            }
            backoff = Duration.ZERO;
        } catch (RuntimeException failed) {
            backoff = backoff.isZero() ? config.interval() : min(backoff.multipliedBy(2), config.maxBackoff());
            notBefore = Instant.now().plus(backoff);
            LOG.warnf("Decision events wait in the outbox (%s); next attempt in %d ms",
                    failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage(),
                    backoff.toMillis());
        }
    }

    /** What one pass did: more may be waiting; or it stopped at an event the broker did not take. */
    private record Pass(boolean more, RuntimeException failure) {
    }

    private Pass pass() {
        Boolean mine = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:space, 0)")
                .setParameter("space", RELAY_LOCK).getSingleResult();
        if (!mine) {
            return new Pass(false, null);
        }
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

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
