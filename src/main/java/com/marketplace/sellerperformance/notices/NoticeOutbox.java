package com.marketplace.sellerperformance.notices;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.events.Outbox;
import com.marketplace.sellerperformance.records.DatabaseConfig;
import com.marketplace.sellerperformance.records.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Where notices are written, in the transaction of the decision that makes them, rendered in the
 * subject's language and addressed to its contact of the moment; {@link MailRelay} sends them
 * afterwards. A notice's id is derived from the key naming what it tells (an assessment revision,
 * a change of standing), so a decision repeated records nothing twice. Every decision event the
 * outbox records becomes a notice of the same kind; summaries are written by their program.
 */
@ApplicationScoped
public class NoticeOutbox {
    /** The notice template each change of standing is rendered with. */
    public static final String NOTICE = "notice";
    /** The columns of notice a decision writes, in this order. */
    private static final List<String> COLUMNS = List.of("notice_id", "kind", "program", "subject_id", "effective_on",
            "locale", "to_address", "subject", "body_text", "body_html", "status", "attempts", "last_error",
            "recorded_at");
    private static final String INSERT = "INSERT INTO {h-schema}notice (" + String.join(", ", COLUMNS)
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT (notice_id) DO NOTHING";
    private static final Logger LOG = Logger.getLogger(NoticeOutbox.class);

    private final EntityManager entityManager;
    private final Contacts contacts;
    private final NoticeTemplates templates;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final MailRelay relay;
    private final String schema;
    private final int maxAttempts;

    public NoticeOutbox(EntityManager entityManager, Contacts contacts, NoticeTemplates templates, ObjectMapper json,
                        TransactionSynchronizationRegistry transactions, MailRelay relay, DatabaseConfig database,
                        NoticesConfig config) {
        this.maxAttempts = config.relay().maxAttempts();
        this.entityManager = entityManager;
        this.contacts = contacts;
        this.templates = templates;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
        this.schema = database.schema();
    }

    /** What to tell a subject: {@code key} names it among everything ever told; data is what the template shows. */
    public record Draft(String key, NoticeKind kind, String program, String subjectId, LocalDate effectiveOn,
                        String template, Map<String, Object> data) {
    }

    /** The notice id of what a key names. */
    public static UUID noticeId(String key) {
        return UUID.nameUUIDFromBytes(("notice:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Each decision event just recorded, as a notice of its kind. */
    void changesRecorded(@Observes Outbox.Recorded recorded) {
        List<Draft> drafts = new ArrayList<>();
        for (Outbox.Change change : recorded.changes()) {
            Map<String, Object> notice = new LinkedHashMap<>();
            notice.put("kind", change.type().name());
            notice.put("program", change.program());
            notice.put("subjectId", change.subjectId());
            notice.put("effectiveOn", change.effectiveOn());
            notice.put("details", change.details());
            drafts.add(new Draft(change.key(), NoticeKind.valueOf(change.type().name()), change.program(),
                    change.subjectId(), change.effectiveOn(), NOTICE, Map.of("notice", plain(notice))));
        }
        recordAll(drafts);
    }

    /** Records the notices in this order, each unless it was recorded before, in one round trip. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        Map<String, Optional<Contact>> contactOf = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (Draft draft : drafts) {
            Optional<Contact> contact = contactOf.computeIfAbsent(draft.program() + "|" + draft.subjectId(),
                    k -> contacts.find(draft.program(), draft.subjectId()));
            String locale = contact.map(Contact::locale).orElseGet(() -> contacts.defaultLocale(draft.program()));
            UUID noticeId = noticeId(draft.key());
            String to = contact.map(Contact::email).orElse(null);
            Notice.Status status = contact.isPresent() ? Notice.Status.PENDING : Notice.Status.NO_CONTACT;
            try {
                NoticeTemplates.Rendered rendered = templates.render(draft.program(), draft.template(), draft.kind(),
                        locale, draft.data());
                rows.add(new Object[] {noticeId, draft.kind().name(), draft.program(), draft.subjectId(),
                        draft.effectiveOn(), locale, to, rendered.subject(), rendered.text(), rendered.html(),
                        status.name(), 0, null});
            } catch (RuntimeException unwritten) {
                // Wording that cannot be rendered (a template edited and reloaded) does not stop the
                // decision: the notice is kept FAILED, never mailed, with the reason for support.
                String error = "The notice could not be written from the templates: " + unwritten.getMessage();
                LOG.errorf("Notice %s (%s of %s) not written: %s", noticeId, draft.kind(), draft.subjectId(),
                        unwritten.getMessage());
                rows.add(new Object[] {noticeId, draft.kind().name(), draft.program(), draft.subjectId(),
                        draft.effectiveOn(), locale, to, draft.kind().name(), "", "", Notice.Status.FAILED.name(),
                        maxAttempts, error.length() <= 1000 ? error : error.substring(0, 1000)});
            }
        }
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(Schema.qualify(INSERT, schema))) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        sendAfterCommit();
    }

    /** The subject's notices, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notice> of(String program, String subjectId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("SELECT notice_id, kind, effective_on, to_address, locale,"
                        + " subject, status, accepted_at, attempts, last_error FROM {h-schema}notice"
                        + " WHERE program = :program AND subject_id = :subject ORDER BY id", Tuple.class)
                .setParameter("program", program)
                .setParameter("subject", subjectId)
                .getResultList();
        return rows.stream().map(NoticeOutbox::notice).toList();
    }

    private static Notice notice(Tuple row) {
        Object day = row.get("effective_on");
        LocalDate effectiveOn = day instanceof LocalDate local ? local : ((java.sql.Date) day).toLocalDate();
        return new Notice((UUID) row.get("notice_id"), NoticeKind.valueOf((String) row.get("kind")), effectiveOn,
                (String) row.get("to_address"), (String) row.get("locale"), (String) row.get("subject"),
                new Notice.Delivery(Notice.Status.valueOf((String) row.get("status")), instant(row.get("accepted_at")),
                        ((Number) row.get("attempts")).intValue(), (String) row.get("last_error")));
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** Values as the API writes them (dates as ISO days), so a template sees what a client of the API sees. */
    public Map<String, Object> plain(Object value) {
        return json.convertValue(value, new TypeReference<Map<String, Object>>() { });
    }

    /** Sending starts as soon as the decision is committed, not at the relay's next look. */
    private void sendAfterCommit() {
        Object marker = MailRelay.class;
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
