package com.marketplace.sellerperformance.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** The claims on idempotency keys, each in a transaction of its own so they outlive a failed request. */
@ApplicationScoped
public class IdempotencyKeys {
    /** Keys older than this are forgotten: a key may then be used again. */
    static final String RETENTION = "24 hours";

    private final EntityManager entityManager;

    public IdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What is on record for a key: nothing (this request now holds it), a request running, or a stored answer. */
    public record Claim(boolean claimed, String scope, String requestHash, String status, Integer responseStatus,
                        String responseBody, String location) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String principal, String key, String scope, String requestHash) {
        entityManager.createNativeQuery("DELETE FROM {h-schema}idempotency_key WHERE principal = :principal"
                        + " AND idempotency_key = :key AND created_at < now() - CAST('" + RETENTION + "' AS interval)")
                .setParameter("principal", principal).setParameter("key", key).executeUpdate();
        int inserted = entityManager.createNativeQuery("INSERT INTO {h-schema}idempotency_key (principal,"
                        + " idempotency_key, scope, request_hash, status, created_at) VALUES (:principal, :key, :scope,"
                        + " :hash, 'IN_PROGRESS', now()) ON CONFLICT DO NOTHING")
                .setParameter("principal", principal).setParameter("key", key).setParameter("scope", scope)
                .setParameter("hash", requestHash).executeUpdate();
        if (inserted == 1) {
            return new Claim(true, scope, requestHash, "IN_PROGRESS", null, null, null);
        }
        List<?> rows = entityManager.createNativeQuery("SELECT scope, request_hash, status, response_status,"
                        + " response_body, location FROM {h-schema}idempotency_key WHERE principal = :principal"
                        + " AND idempotency_key = :key")
                .setParameter("principal", principal).setParameter("key", key).getResultList();
        if (rows.isEmpty()) {
            return claim(principal, key, scope, requestHash); // released meanwhile: try again
        }
        Object[] row = (Object[]) rows.get(0);
        return new Claim(false, (String) row[0], (String) row[1], (String) row[2],
                row[3] == null ? null : ((Number) row[3]).intValue(), (String) row[4], (String) row[5]);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String principal, String key, int status, String body, String location) {
        entityManager.createNativeQuery("UPDATE {h-schema}idempotency_key SET status = 'COMPLETED',"
                        + " response_status = :status, response_body = :body, location = :location"
                        + " WHERE principal = :principal AND idempotency_key = :key")
                .setParameter("status", status).setParameter("body", body).setParameter("location", location)
                .setParameter("principal", principal).setParameter("key", key).executeUpdate();
    }

    /** The request failed: the key is free again, so that the client may retry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String principal, String key) {
        entityManager.createNativeQuery("DELETE FROM {h-schema}idempotency_key WHERE principal = :principal"
                        + " AND idempotency_key = :key AND status = 'IN_PROGRESS'")
                .setParameter("principal", principal).setParameter("key", key).executeUpdate();
    }
}
