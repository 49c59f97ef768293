package com.marketplace.sellerperformance.records;

import com.marketplace.sellerperformance.problems.BadInputException;
import com.marketplace.sellerperformance.problems.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The one way a reviewer's decision is taken: under the subject's lock, on a fresh read, only once,
 * not before the thing was submitted, and stamped with who decided and when.
 */
@ApplicationScoped
public class ReviewLifecycle {
    private final SubjectLock locks;
    private final EntityManager entityManager;
    private final Caller caller;

    public ReviewLifecycle(SubjectLock locks, EntityManager entityManager, Caller caller) {
        this.locks = locks;
        this.entityManager = entityManager;
        this.caller = caller;
    }

    /** Opens the decision on an item still awaiting one; the caller records what was decided. Call inside a transaction. */
    public <T extends Reviewable> T decide(T item, SubjectLock.Kind subjectKind, String subjectId, LocalDate decidedOn) {
        locks.lock(subjectKind, subjectId);
        entityManager.refresh(item);
        if (!item.awaitingDecision()) {
            throw new ConflictException("The " + item.describe() + " is already " + item.status().toLowerCase());
        }
        if (item.submittedOn() != null && decidedOn.isBefore(item.submittedOn())) {
            throw new BadInputException("decidedOn", "must not be before the day it was submitted ("
                    + item.submittedOn() + ")");
        }
        item.stampDecision(decidedOn, caller.name(), Instant.now());
        return item;
    }
}
