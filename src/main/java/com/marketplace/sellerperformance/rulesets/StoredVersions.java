package com.marketplace.sellerperformance.rulesets;

import com.marketplace.sellerperformance.engine.RuleFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The history of the policy as analysts read it: every stored rule set version and its files. */
@ApplicationScoped
public class StoredVersions {
    private final EntityManager entityManager;
    private final RuleSetVersionStore store;

    public StoredVersions(EntityManager entityManager, RuleSetVersionStore store) {
        this.entityManager = entityManager;
        this.store = store;
    }

    public record StoredVersion(String version, Instant firstLoadedAt) {
    }

    public record VersionFile(String path, String sha256, String text) {
    }

    /** Newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredVersion> all() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("SELECT version, first_loaded_at FROM {h-schema}rule_set_version"
                + " ORDER BY first_loaded_at DESC, version", Tuple.class).getResultList();
        return rows.stream()
                .map(row -> new StoredVersion((String) row.get("version"), instant(row.get("first_loaded_at"))))
                .toList();
    }

    public Optional<List<VersionFile>> files(String version) {
        return store.files(version).map(files -> files.stream()
                .sorted(Comparator.comparing(RuleFile::path))
                .map(file -> new VersionFile(file.path(), file.sha256(), file.content()))
                .toList());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
