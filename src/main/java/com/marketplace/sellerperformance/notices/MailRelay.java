package com.marketplace.sellerperformance.notices;

import com.marketplace.sellerperformance.records.Relay;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the notices by mail (Quarkus Mailer, SMTP), one message per notice, in the order they were
 * recorded, each rendered as it is sent (from the wording of the rule set in force, in its language)
 * and marked SENT, with the subject it went with, only once the server has taken it. A pass stops at
 * the first notice that cannot be sent, which is marked FAILED with its attempts and the error, and
 * the next pass starts again from it after a wait that doubles up to a limit; a notice that fails as
 * often as the relay allows stays FAILED and is passed over, and so, at once, is one its wording
 * cannot render. A mail may go twice (the server took it but the mark was lost); it keeps its
 * {@code Message-ID}, derived from the notice id, so it is one message to the reader's mail system.
 * It looks on its timer, not after each decision: under load a look finds many notices, not one.
 * One pass at a time across every instance ({@link Relay}, lock 7304).
 */
@ApplicationScoped
public class MailRelay extends Relay {
    private static final Logger LOG = Logger.getLogger(MailRelay.class);

    private final ReactiveMailer mailer;
    private final EntityManager entityManager;
    private final NoticeOutbox notices;
    private final NoticeRenderer renderer;
    private final NoticesConfig.Relay config;

    public MailRelay(ReactiveMailer mailer, EntityManager entityManager, NoticeOutbox notices,
                     NoticeRenderer renderer, NoticesConfig config) {
        this.mailer = mailer;
        this.entityManager = entityManager;
        this.notices = notices;
        this.renderer = renderer;
        this.config = config.relay();
    }

    /** The Message-ID of a notice's mail: the same for every send of it. */
    public static String messageId(UUID noticeId) {
        return "<" + noticeId + "@notices.seller-performance>";
    }

    @Scheduled(every = "${notices.relay.interval:5s}", delayed = "${notices.relay.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        wake();
    }

    @Override
    protected Schedule schedule() {
        return new Schedule("notices-mail-relay", 7304, config.interval(), config.maxBackoff());
    }

    @Override
    protected EntityManager entityManager() {
        return entityManager;
    }

    /** A pass stops taking new notices once it has taken a send-timeout: its transaction lasts at most about two. */
    @Override
    protected Duration passTimeout() {
        return config.sendTimeout().multipliedBy(3);
    }

    @Override
    protected void waiting(String why, Duration wait) {
        LOG.warnf("Notices wait to be mailed (%s); next attempt in %d ms", why, wait.toMillis());
    }

    /** Renders and sends a batch of the notices waiting, in order; stops at the first the server does not take. */
    @Override
    protected Pass pass() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("SELECT id, notice_id, kind, program, subject_id,"
                        + " effective_on, locale, template, CAST(details AS text) AS details, to_address, subject,"
                        + " body_text, body_html FROM {h-schema}notice WHERE status IN ('PENDING', 'FAILED')"
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
            NoticeTemplates.Rendered mail;
            try {
                mail = row.get("template") == null // written rendered, before notices were rendered when sent
                        ? new NoticeTemplates.Rendered((String) row.get("subject"), (String) row.get("body_text"),
                                (String) row.get("body_html"))
                        : renderer.render(notices.kept(row));
            } catch (RuntimeException unwritten) {
                // Wording that cannot be rendered (a template edited and reloaded) is not retried:
                // the notice is kept FAILED, never mailed, with the reason for support.
                String error = "The notice could not be written from the templates: " + unwritten.getMessage();
                LOG.errorf("Notice %s (%s of %s) not written: %s", row.get("notice_id"), row.get("kind"),
                        row.get("subject_id"), unwritten.getMessage());
                entityManager.createNativeQuery("UPDATE {h-schema}notice SET status = 'FAILED',"
                                + " attempts = :maxAttempts, last_error = :error WHERE id = :id")
                        .setParameter("maxAttempts", config.maxAttempts())
                        .setParameter("error", truncate(error))
                        .setParameter("id", id)
                        .executeUpdate();
                continue;
            }
            try {
                mailer.send(Mail.withHtml((String) row.get("to_address"), mail.subject(), mail.html())
                        .setText(mail.text())
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
                            + " accepted_at = now(), last_error = NULL, subject = :subject WHERE id = :id")
                    .setParameter("subject", truncate(mail.subject(), 500))
                    .setParameter("id", id)
                    .executeUpdate();
        }
        return new Pass(rows.size() == config.batchSize(), null);
    }

    private static String truncate(String error) {
        return truncate(error, 1000);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
