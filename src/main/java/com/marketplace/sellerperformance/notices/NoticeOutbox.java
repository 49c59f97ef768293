package com.marketplace.sellerperformance.notices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.events.Outbox;
import com.marketplace.sellerperformance.records.DatabaseConfig;
import com.marketplace.sellerperformance.records.DerivedId;
import com.marketplace.sellerperformance.records.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Where notices are written, in the transaction of the decision that makes them: small rows keeping
 * what each tells (its kind, the change's details or the revision it summarises), addressed to the
 * subject's contact of the moment and in its language; {@link MailRelay} renders and sends them
 * afterwards, on its timer. A notice's id is derived from the key naming what it tells (an
 * assessment revision, a change of standing), so a decision repeated records nothing twice. Every
 * decision event the outbox records becomes a notice of the same kind; summaries are written by
 * their program.
 */
@ApplicationScoped
public class NoticeOutbox {
    /** The notice template each change of standing is rendered with. */
    public static final String NOTICE = "notice";
    /** One notice, addressed in the same statement to the subject's contact (NO_CONTACT without one). */
    private static final String INSERT = "INSERT INTO {h-schema}notice (notice_id, kind, program, subject_id,"
            + " effective_on, template, details, locale, to_address, status, attempts, recorded_at)"
            + " SELECT n.notice_id, n.kind, n.program, n.subject_id, n.effective_on, n.template, n.details,"
            + " COALESCE(c.locale, n.default_locale), c.email,"
            + " CASE WHEN c.email IS NULL THEN 'NO_CONTACT' ELSE 'PENDING' END, 0, now()"
            + " FROM (VALUES (CAST(? AS uuid), CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar),"
            + " CAST(? AS date), CAST(? AS varchar), CAST(? AS jsonb), CAST(? AS varchar)))"
            + " AS n (notice_id, kind, program, subject_id, effective_on, template, details, default_locale)"
            + " LEFT JOIN {h-schema}contact c ON c.program = n.program AND c.subject_id = n.subject_id"
            + " ON CONFLICT (notice_id) DO NOTHING";

    private final EntityManager entityManager;
    private final Contacts contacts;
    private final NoticeRenderer renderer;
    private final ObjectMapper json;
    private final String schema;

    public NoticeOutbox(EntityManager entityManager, Contacts contacts, NoticeRenderer renderer, ObjectMapper json,
                        DatabaseConfig database) {
        this.entityManager = entityManager;
        this.contacts = contacts;
        this.renderer = renderer;
        this.json = json;
        this.schema = database.schema();
    }

    /**
     * What to tell a subject: {@code key} names it among everything ever told; details are what the
     * template is rendered from besides the kind, subject and day (for a template of a program's
     * {@link NoticeData}, what it finds the rest from).
     */
    public record Draft(String key, NoticeKind kind, String program, String subjectId, LocalDate effectiveOn,
                        String template, Map<String, Object> details) {
    }

    /** The notice id of what a key names. */
    public static UUID noticeId(String key) {
        return DerivedId.of("notice", key);
    }

    /** Each decision event just recorded, as a notice of its kind. */
    void changesRecorded(@Observes Outbox.Recorded recorded) {
        List<Draft> drafts = new ArrayList<>();
        for (Outbox.Change change : recorded.changes()) {
            drafts.add(new Draft(change.key(), NoticeKind.valueOf(change.type().name()), change.program(),
                    change.subjectId(), change.effectiveOn(), NOTICE, change.details()));
        }
        recordAll(drafts);
    }

    /** Records the notices in this order, each unless it was recorded before, in one round trip. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(Schema.qualify(INSERT, schema))) {
                for (Draft draft : drafts) {
                    insert.setObject(1, noticeId(draft.key()));
                    insert.setString(2, draft.kind().name());
                    insert.setString(3, draft.program());
                    insert.setString(4, draft.subjectId());
                    insert.setObject(5, draft.effectiveOn());
                    insert.setString(6, draft.template());
                    insert.setString(7, details(draft));
                    insert.setString(8, contacts.defaultLocale(draft.program()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * The subject's notices, oldest first; the subject of one not mailed yet (or never: no contact,
     * wording that failed) rendered now, in its language, from what it keeps.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notice> of(String program, String subjectId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("SELECT notice_id, kind, program, subject_id,"
                        + " effective_on, to_address, locale, template, CAST(details AS text) AS details, subject,"
                        + " status, accepted_at, attempts, last_error FROM {h-schema}notice"
                        + " WHERE program = :program AND subject_id = :subject ORDER BY id", Tuple.class)
                .setParameter("program", program)
                .setParameter("subject", subjectId)
                .getResultList();
        return rows.stream().map(this::notice).toList();
    }

    private Notice notice(Tuple row) {
        String subject = (String) row.get("subject");
        if (subject == null) {
            subject = renderer.subject(kept(row));
        }
        return new Notice((UUID) row.get("notice_id"), NoticeKind.valueOf((String) row.get("kind")),
                day(row.get("effective_on")), (String) row.get("to_address"), (String) row.get("locale"), subject,
                new Notice.Delivery(Notice.Status.valueOf((String) row.get("status")), instant(row.get("accepted_at")),
                        ((Number) row.get("attempts")).intValue(), (String) row.get("last_error")));
    }

    /** What a notice row keeps to be rendered (its columns notice_id … details, details as text). */
    NoticeRenderer.Kept kept(Tuple row) {
        String details = (String) row.get("details");
        try {
            return new NoticeRenderer.Kept((UUID) row.get("notice_id"), NoticeKind.valueOf((String) row.get("kind")),
                    (String) row.get("program"), (String) row.get("subject_id"), day(row.get("effective_on")),
                    (String) row.get("locale"), (String) row.get("template"),
                    details == null ? Map.of() : json.readValue(details, new TypeReference<Map<String, Object>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The details of notice " + row.get("notice_id") + " are not JSON", e);
        }
    }

    private String details(Draft draft) {
        try {
            return json.writeValueAsString(draft.details());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notice's details cannot be written as JSON", e);
        }
    }

    private static LocalDate day(Object day) {
        return day instanceof LocalDate local ? local : ((java.sql.Date) day).toLocalDate();
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
}
