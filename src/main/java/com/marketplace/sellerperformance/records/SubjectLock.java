package com.marketplace.sellerperformance.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.Collection;
import org.hibernate.Session;

/**
 * Serialises every write about one seller or provider until the transaction ends, so two requests
 * about the same subject never interleave. Advisory locks need no row, so they hold for new subjects too.
 */
@ApplicationScoped
public class SubjectLock {
    /** Sellers and providers are locked apart: the same id may name one of each. */
    public enum Kind {
        SELLER(7301), SERVICE_PROVIDER(7302);

        private final int space;

        Kind(int space) {
            this.space = space;
        }
    }

    private final EntityManager entityManager;

    public SubjectLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Locks many subjects at once, in the order of their lock keys: two callers that lock overlapping
     * sets this way cannot deadlock on each other.
     */
    public void lockAll(Kind kind, Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT count(pg_advisory_xact_lock(?, key))"
                    + " FROM (SELECT DISTINCT hashtext(subject) AS key FROM unnest(?) AS subject ORDER BY key OFFSET 0) keys")) {
                lock.setInt(1, kind.space);
                lock.setArray(2, connection.createArrayOf("text", subjectIds.toArray()));
                lock.executeQuery().close();
            }
        });
    }

    public void lock(Kind kind, String subjectId) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:space, hashtext(:subject))")
                .setParameter("space", kind.space)
                .setParameter("subject", subjectId)
                .getSingleResult();
    }
}
