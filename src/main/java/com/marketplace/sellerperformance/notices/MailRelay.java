package com.marketplace.sellerperformance.notices;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends the notices by mail (Quarkus Mailer, SMTP), one message per notice, in the order they were
 * recorded, each marked SENT only once the server has taken it. A pass stops at the first notice
 * that cannot be sent, which is marked FAILED with its attempts and the error, and the next pass
 * starts again from it after a wait that doubles up to a limit; a notice that fails as often as
 * the relay allows stays FAILED and is passed over. A mail may go twice (the server took it but the
 * mark was lost); it keeps its {@code Message-ID}, derived from the notice id, so it is one message
 * to the reader's mail system. One pass at a time across every instance (a PostgreSQL advisory lock).
 */
@ApplicationScoped
public class MailRelay {
    private static final Logger LOG = Logger.getLogger(MailRelay.class);
    /** The advisory lock space of this relay; SubjectLock uses 7301 and 7302, the events' relay 7303. */
    private static final int RELAY_LOCK = 7304;

    private final ReactiveMailer mailer;
    private final EntityManager entityManager;
    private final NoticesConfig.Relay config;
    private final ExecutorService passes = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notices-mail-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean passQueued = new AtomicBoolean();
    private volatile Duration backoff = Duration.ZERO;
    private volatile Instant notBefore = Instant.MIN;

    public MailRelay(ReactiveMailer mailer, EntityManager entityManager, NoticesConfig config) {
        this.mailer = mailer;
        this.entityManager = entityManager;
        this.config = config.relay();
    }

    @PreDestroy
    void stop() {
        passes.shutdownNow();
    }

    /** The Message-ID of a notice's mail: the same for every send of it. */
    public static String messageId(UUID noticeId) {
        return "<" + noticeId + "@notices.seller-performance>";
    }

    /** A look at the notices soon, unless a failed send asked for a wait. */
    public void wake() {
        if (passQueued.compareAndSet(false, true)) {
            passes.execute(() -> {
                passQueued.set(false);
                sendPending();
            });
        }
    }

    @Scheduled(every = "${notices.relay.interval:5s}", delayed = "${notices.relay.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        wake();
    }

    /** Sends what is waiting, pass after pass, until nothing is or a send fails. */
    void sendPending() {
        if (Instant.now().isBefore(notBefore)) {
            return;
        }
        try {
            Pass pass;
            do {
                // a pass stops taking new notices once it has taken a send-timeout: its transaction
                // (which holds the relay's lock) lasts at most about two, well inside this limit
                pass = QuarkusTransaction.requiringNew()
                        .timeout((int) config.sendTimeout().multipliedBy(3).toSeconds())
                        .call(this::pass);
            } while (pass.failure() == null && pass.more());
            if (pass.failure() != null) {
                throw pass.failure();
            }
            backoff = Duration.ZERO;
        } catch (RuntimeException failed) {
            backoff = backoff.isZero() ? config.interval() : min(backoff.multipliedBy(2), config.maxBackoff());
            notBefore = Instant.now().plus(backoff);
            LOG.warnf("Notices wait to be mailed (%s); next attempt in %d ms", describe(failed), backoff.toMillis());
        }
    }

    private record Pass(boolean more, RuntimeException failure) {
    }

    private Pass pass() {
        Boolean mine = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:space, 0)")
                .setParameter("space", RELAY_LOCK).getSingleResult();
        if (!mine) {
            return new Pass(false, null);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("SELECT id, notice_id, to_address, subject, body_text,"
                        + " body_html FROM {h-schema}notice WHERE status IN ('PENDING', 'FAILED')"
                        + " AND attempts < :maxAttempts ORDER BY id LIMIT :limit", Tuple.class)
                .setParameter("maxAttempts", config.maxAttempts())
                .setParameter("limit", config.batchSize())
                .getResultList();
        Instant started = Instant.now();
        for (Tuple row : rows) {
            if (Duration.between(started, Instant.now()).compareTo(config.sendTimeout()) > 0) {
                return new Pass(true, null);
            }
            long id = ((Number) row.get("id")).longValue();
            try {
                mailer.send(Mail.withHtml((String) row.get("to_address"), (String) row.get("subject"),
                                (String) row.get("body_html"))
                        .setText((String) row.get("body_text"))
                        .addHeader("Message-ID", messageId((UUID) row.get("notice_id"))))
                        .await().atMost(config.sendTimeout());
            } catch (RuntimeException notSent) {
                entityManager.createNativeQuery("UPDATE {h-schema}notice SET status = 'FAILED',"
                                + " attempts = attempts + 1, last_error = :error WHERE id = :id")
                        .setParameter("error", truncate(describe(notSent)))
                        .setParameter("id", id)
                        .executeUpdate();
                return new Pass(false, notSent);
            }
            entityManager.createNativeQuery("UPDATE {h-schema}notice SET status = 'SENT', attempts = attempts + 1,"
                            + " accepted_at = now(), last_error = NULL WHERE id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
        }
        return new Pass(rows.size() == config.batchSize(), null);
    }

    private static String describe(Throwable failed) {
        Throwable cause = failed;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static String truncate(String error) {
        return error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
