package com.marketplace.sellerperformance.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Each seller's and provider's contact, per program: set by an evaluator, read when a notice is written. */
@ApplicationScoped
public class Contacts {
    /** The columns of contact, as its rows are read and written. */
    private static final List<String> COLUMNS = List.of("program", "subject_id", "email", "locale", "updated_at");

    private final EntityManager entityManager;
    private final NoticesConfig config;

    public Contacts(EntityManager entityManager, NoticesConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** The program's language for a subject that has set none. */
    public String defaultLocale(String program) {
        String locale = config.defaultLocale().get(program);
        if (locale == null) {
            throw new IllegalStateException("No notices.default-locale.\"" + program + "\" is set");
        }
        return locale;
    }

    /** Sets the contact (the program's language when none is given); answers it as stored. */
    @Transactional
    public Contact save(String program, String subjectId, String email, String locale) {
        Contact contact = new Contact(email, locale == null ? defaultLocale(program) : locale);
        entityManager.createNativeQuery("INSERT INTO {h-schema}contact (" + String.join(", ", COLUMNS)
                        + ") VALUES (:program, :subject, :email, :locale, now())"
                        + " ON CONFLICT (program, subject_id) DO UPDATE SET email = excluded.email,"
                        + " locale = excluded.locale, updated_at = excluded.updated_at")
                .setParameter("program", program)
                .setParameter("subject", subjectId)
                .setParameter("email", contact.email())
                .setParameter("locale", contact.locale())
                .executeUpdate();
        return contact;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Contact> find(String program, String subjectId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("SELECT email, locale FROM {h-schema}contact"
                        + " WHERE program = :program AND subject_id = :subject", Tuple.class)
                .setParameter("program", program)
                .setParameter("subject", subjectId)
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new Contact((String) row.get("email"), (String) row.get("locale")));
    }

    /** The language notices to the subject are written in: its own, or the program's. */
    public String localeOf(String program, String subjectId) {
        return find(program, subjectId).map(Contact::locale).orElseGet(() -> defaultLocale(program));
    }
}
