package com.marketplace.sellerperformance.records;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionRunnerOptions;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How a table's rows written with the decisions are handed on afterwards (the decision events to
 * the broker, the notices to the mail server): pass after pass on the relay's own thread, each in
 * its own transaction, until nothing is left or a pass stops at a row it could not hand on; then
 * the next look waits, the wait doubling from the interval up to a limit. A wake asks for a look
 * soon: at most one waits, however many are asked for. One pass at a time across every instance
 * of the service (a PostgreSQL advisory lock in the relay's own space).
 */
public abstract class Relay {
    private final ExecutorService passes = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, schedule().thread());
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean passQueued = new AtomicBoolean();
    private volatile Duration backoff = Duration.ZERO;
    private volatile Instant notBefore = Instant.MIN;

    /** What one pass did: more may be waiting; or it stopped at a row it could not hand on. */
    public record Pass(boolean more, RuntimeException failure) {
    }

    /**
     * Where and how a relay looks: its thread's name; its advisory lock space ({@code SubjectLock} uses
     * 7301 and 7302, the events 7303, the mail 7304); how long after a first failed pass the next look
     * comes (the wait doubles from it); and the longest wait between two looks after failed passes.
     */
    public record Schedule(String thread, int lockSpace, Duration interval, Duration maxBackoff) {
    }

    protected abstract Schedule schedule();

    protected abstract EntityManager entityManager();

    /** The longest a pass's transaction may last; zero for the transaction manager's default. */
    protected Duration passTimeout() {
        return Duration.ZERO;
    }

    /** One pass, in its own transaction, holding the relay's lock. */
    protected abstract Pass pass();

    /** Says that rows wait (why, and when the next look is). */
    protected abstract void waiting(String why, Duration wait);

    @PreDestroy
    void stop() {
        passes.shutdownNow();
    }

    /** A look soon, unless a failed pass asked for a wait. */
    public void wake() {
        if (passQueued.compareAndSet(false, true)) {
            passes.execute(() -> {
                passQueued.set(false);
                passUntilDone();
            });
        }
    }

    /** Hands on what waits, pass after pass, until nothing is left or a pass fails. */
    protected void passUntilDone() {
        if (Instant.now().isBefore(notBefore)) {
            return;
        }
        TransactionRunnerOptions transaction = QuarkusTransaction.requiringNew();
        if (!passTimeout().isZero()) {
            transaction = transaction.timeout((int) passTimeout().toSeconds());
        }
        try {
            Pass pass;
            do {
                pass = transaction.call(() -> mine() ? pass() : new Pass(false, null));
            } while (pass.failure() == null && pass.more());
            if (pass.failure() != null) {
                throw pass.failure();
            }
            backoff = Duration.ZERO;
        } catch (RuntimeException failed) {
            backoff = backoff.isZero() ? schedule().interval() : min(backoff.multipliedBy(2), schedule().maxBackoff());
            notBefore = Instant.now().plus(backoff);
            waiting(describe(failed), backoff);
        }
    }

    private boolean mine() {
        return (Boolean) entityManager().createNativeQuery("SELECT pg_try_advisory_xact_lock(:space, 0)")
                .setParameter("space", schedule().lockSpace()).getSingleResult();
    }

    /** The first message along the causes, or the failure's type. */
    protected static String describe(Throwable failed) {
        Throwable cause = failed;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
