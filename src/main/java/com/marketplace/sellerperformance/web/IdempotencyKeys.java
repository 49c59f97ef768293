package com.marketplace.sellerperformance.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The keys of idempotent requests, kept in the transaction of the request itself. While a request
 * runs it holds a transaction-scoped advisory lock on its key; its answer is stored in the same
 * transaction as its decision. Whatever ends the transaction without a commit (an error, a rollback,
 * a lost connection, a killed process) ends the lock with it and stores nothing, so the key is free
 * again at once; a committed request has its answer stored with its decision.
 */
@ApplicationScoped
public class IdempotencyKeys {
    /** Keys older than this are forgotten: a key may then be used again. */
    static final String RETENTION = "24 hours";
    /**
     * Rows marked IN_PROGRESS were written by earlier versions, which claimed a key in a transaction
     * of its own. A request of theirs is over once its transaction timeout has passed; after this
     * long such a row is nobody's and is taken over.
     */
    static final String ABANDONED_AFTER = "2 minutes";

    /** The columns of a key's row that hold what is on record for it, as they are written and read. */
    private static final List<String> ANSWER =
            List.of("scope", "request_hash", "status", "response_status", "response_body", "location");

    private final EntityManager entityManager;

    public IdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What is on record for a key: nothing (this request now holds it), a request running, or a stored answer. */
    public record Claim(boolean claimed, String scope, String requestHash, String status, Integer responseStatus,
                        String responseBody, String location) {
        static Claim running() {
            return new Claim(false, null, null, "IN_PROGRESS", null, null, null);
        }
    }

    /** The advisory lock a running request holds on its key (64 bits of a digest of caller and key). */
    public static long lockOf(String principal, String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(principal.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Takes the key for the caller's transaction, or tells what holds it: another request still
     * running (its lock is held), or the stored answer of one that completed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String principal, String key, String scope, String requestHash) {
        boolean locked = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", lockOf(principal, key)).getSingleResult();
        if (!locked) {
            return Claim.running();
        }
        entityManager.createNativeQuery("DELETE FROM {h-schema}idempotency_key WHERE principal = :principal"
                        + " AND idempotency_key = :key AND (created_at < now() - CAST('" + RETENTION + "' AS interval)"
                        + " OR status = 'IN_PROGRESS' AND created_at < now() - CAST('" + ABANDONED_AFTER + "' AS interval))")
                .setParameter("principal", principal).setParameter("key", key).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("SELECT " + String.join(", ", ANSWER)
                        + " FROM {h-schema}idempotency_key WHERE principal = :principal AND idempotency_key = :key",
                        Tuple.class)
                .setParameter("principal", principal).setParameter("key", key).getResultList();
        if (rows.isEmpty()) {
            return new Claim(true, scope, requestHash, "IN_PROGRESS", null, null, null);
        }
        Tuple row = rows.get(0);
        Number responseStatus = (Number) row.get("response_status");
        return new Claim(false, (String) row.get("scope"), (String) row.get("request_hash"), (String) row.get("status"),
                responseStatus == null ? null : responseStatus.intValue(), (String) row.get("response_body"),
                (String) row.get("location"));
    }

    /** Stores the answer of the request that holds the key, in its transaction: it commits with the decision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String principal, String key, String scope, String requestHash, int status, String body,
                         String location) {
        entityManager.createNativeQuery("INSERT INTO {h-schema}idempotency_key (principal, idempotency_key, "
                        + String.join(", ", ANSWER) + ", created_at) VALUES"
                        + " (:principal, :key, :scope, :hash, 'COMPLETED', :status, :body, :location, now())")
                .setParameter("principal", principal).setParameter("key", key).setParameter("scope", scope)
                .setParameter("hash", requestHash).setParameter("status", status).setParameter("body", body)
                .setParameter("location", location).executeUpdate();
    }
}
