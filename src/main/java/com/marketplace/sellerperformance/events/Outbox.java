package com.marketplace.sellerperformance.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.records.DatabaseConfig;
import com.marketplace.sellerperformance.records.DerivedId;
import com.marketplace.sellerperformance.records.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Where decision events are written, in the transaction of the decision they announce: they exist
 * exactly when the decision does. {@link OutboxRelay} publishes them afterwards, in the order they
 * were recorded. Each event's id is derived from a key naming the change, so the same change
 * recorded twice is one event.
 */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = "INSERT INTO {h-schema}decision_event"
            + " (event_id, type, program, subject_id, effective_on, payload, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), now()) ON CONFLICT (event_id) DO NOTHING";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String schema;
    private final Event<Recorded> recorded;

    public Outbox(EntityManager entityManager, ObjectMapper json, TransactionSynchronizationRegistry transactions,
                  OutboxRelay relay, DatabaseConfig database, Event<Recorded> recorded) {
        this.recorded = recorded;
        this.schema = database.schema();
        this.entityManager = entityManager;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
    }

    /** The change to announce; {@code key} names it among all changes ever announced. */
    public record Change(String key, DecisionEvent.Type type, String program, String subjectId, LocalDate effectiveOn,
                         String ruleSetVersion, Map<String, Object> details) {
    }

    /**
     * Changes just recorded, told synchronously in the decision's transaction to whoever writes
     * something of its own for them (the notices); a change may be told again when recorded again.
     */
    public record Recorded(List<Change> changes) {
    }

    /** The event id of the change a key names. */
    public static UUID eventId(String key) {
        return DerivedId.of("decision-event", key);
    }

    /** Records the change unless it was recorded before; true when this call recorded it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(Change change) {
        entityManager.flush();
        boolean inserted = insert(List.of(change))[0] == 1;
        if (inserted) {
            recorded.fire(new Recorded(List.of(change)));
            relayAfterCommit();
        }
        return inserted;
    }

    /**
     * Records the changes in this order, each unless it was recorded before, in one round trip: for a
     * run's chunk, whose changes are many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        int[] rows = insert(changes);
        List<Change> inserted = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != 0) {
                inserted.add(changes.get(i));
            }
        }
        if (!inserted.isEmpty()) {
            recorded.fire(new Recorded(List.copyOf(inserted)));
        }
        relayAfterCommit();
    }

    /** Inserts the changes' events in one batch, each unless it is recorded already; the rows each inserted. */
    private int[] insert(List<Change> changes) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(Schema.qualify(INSERT, schema))) {
                for (Change change : changes) {
                    DecisionEvent event = eventOf(change);
                    insert.setObject(1, event.eventId());
                    insert.setString(2, event.type().name());
                    insert.setString(3, event.program());
                    insert.setString(4, event.subjectId());
                    insert.setObject(5, event.effectiveOn());
                    insert.setString(6, payload(event));
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }

    private static DecisionEvent eventOf(Change change) {
        return new DecisionEvent(eventId(change.key()), change.type(), change.subjectId(), change.program(),
                change.effectiveOn(), Instant.now().truncatedTo(ChronoUnit.MILLIS), change.ruleSetVersion(),
                change.details());
    }

    /** Which of these event ids are recorded already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> recorded(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = entityManager.createNativeQuery(
                        "SELECT event_id FROM {h-schema}decision_event WHERE event_id IN (:eventIds)", UUID.class)
                .setParameter("eventIds", eventIds)
                .getResultList();
        return new HashSet<>(found);
    }

    private String payload(DecisionEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A decision event cannot be written as JSON", e);
        }
    }

    /** Publishing starts as soon as the decision is committed, not at the relay's next look. */
    private void relayAfterCommit() {
        Object marker = OutboxRelay.class;
        if (transactions.getResource(marker) != null) {
            return;
        }
        transactions.putResource(marker, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
