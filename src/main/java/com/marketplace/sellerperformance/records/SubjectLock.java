package com.marketplace.sellerperformance.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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

    public void lock(Kind kind, String subjectId) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:space, hashtext(:subject))")
                .setParameter("space", kind.space)
                .setParameter("subject", subjectId)
                .getSingleResult();
    }
}
