package com.marketplace.sellerperformance.rulesets.shadow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.engine.ShadowRecord;
import com.marketplace.sellerperformance.engine.ShadowRuleSet;
import com.marketplace.sellerperformance.records.DatabaseConfig;
import com.marketplace.sellerperformance.records.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The shadow rule set as kept in the database: which version is installed (shadow_rule_set) and every
 * decision compared with it (shadow_comparison), one row per decision, written in the decision's
 * transaction with one JDBC batch per chunk.
 */
@ApplicationScoped
public class ShadowStore implements ShadowRecord {
    static final List<String> COLUMNS = List.of("since", "shadow_version", "kind", "decision_id", "subject_id",
            "disagrees", "differences");

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final String schema;

    public ShadowStore(EntityManager entityManager, ObjectMapper json, DatabaseConfig database) {
        this.entityManager = entityManager;
        this.json = json;
        this.schema = database.schema();
    }

    @Override
    public void recordAll(List<ShadowRuleSet.Comparison> comparisons) {
        String insert = Schema.qualify("INSERT INTO {h-schema}shadow_comparison (" + String.join(", ", COLUMNS)
                + ") VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))", schema);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (ShadowRuleSet.Comparison c : comparisons) {
                    statement.setTimestamp(1, Timestamp.from(c.since()));
                    statement.setString(2, c.shadowVersion());
                    statement.setString(3, c.kind());
                    statement.setString(4, c.decisionId());
                    statement.setString(5, c.subjectId());
                    statement.setBoolean(6, !c.differences().isEmpty());
                    statement.setString(7, write(c.differences()));
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    /** The installed shadow: its version, since when, by whom. */
    public record Installation(String version, Instant since, String by) {
    }

    /** The installation, replacing any before it with what it compared. */
    @Transactional
    public void install(Installation installation) {
        forgetComparisons();
        entityManager.createNativeQuery("DELETE FROM {h-schema}shadow_rule_set").executeUpdate();
        entityManager.createNativeQuery("INSERT INTO {h-schema}shadow_rule_set (installed, version, since, installed_by)"
                        + " VALUES (true, :version, :since, :by)")
                .setParameter("version", installation.version())
                .setParameter("since", installation.since())
                .setParameter("by", installation.by())
                .executeUpdate();
    }

    /** Ends the comparison: the installation and what it compared are gone. */
    @Transactional
    public void remove() {
        forgetComparisons();
        entityManager.createNativeQuery("DELETE FROM {h-schema}shadow_rule_set").executeUpdate();
    }

    /** At once however many there are (a row per decision for as long as the shadow was on), unlike a DELETE. */
    private void forgetComparisons() {
        entityManager.createNativeQuery("TRUNCATE {h-schema}shadow_comparison").executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Installation> installed() {
        List<Tuple> rows = entityManager.createNativeQuery(
                        "SELECT version, since, installed_by FROM {h-schema}shadow_rule_set", Tuple.class)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Installation(row.get("version", String.class),
                instant(row.get("since")), row.get("installed_by", String.class)));
    }

    /** Decisions and disagreements of one installation, by kind. */
    public record Counts(long decisions, long disagreements) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Counts> countsByKind(Instant since) {
        List<Tuple> rows = entityManager.createNativeQuery("SELECT kind, count(*) AS decisions,"
                        + " count(*) FILTER (WHERE disagrees) AS disagreements FROM {h-schema}shadow_comparison"
                        + " WHERE since = :since GROUP BY kind ORDER BY kind", Tuple.class)
                .setParameter("since", since)
                .getResultList();
        Map<String, Counts> byKind = new LinkedHashMap<>();
        rows.forEach(row -> byKind.put(row.get("kind", String.class), new Counts(
                row.get("decisions", Number.class).longValue(), row.get("disagreements", Number.class).longValue())));
        return byKind;
    }

    /** How many disagreements touched each path (e.g. metrics.LATE_SHIPMENT), most first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> disagreementsByPath(Instant since) {
        List<Tuple> rows = entityManager.createNativeQuery("SELECT d->>'path' AS path, count(*) AS n"
                        + " FROM {h-schema}shadow_comparison c, jsonb_array_elements(c.differences) d"
                        + " WHERE c.since = :since AND c.disagrees GROUP BY 1 ORDER BY 2 DESC, 1", Tuple.class)
                .setParameter("since", since)
                .getResultList();
        Map<String, Long> byPath = new LinkedHashMap<>();
        rows.forEach(row -> byPath.put(row.get("path", String.class), row.get("n", Number.class).longValue()));
        return byPath;
    }

    /** One decision the shadow decided differently. */
    public record Disagreement(String kind, String decisionId, String subjectId, Instant comparedAt,
                               List<ShadowRuleSet.Difference> differences) {
    }

    /** The latest disagreements of one installation, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Disagreement> recent(Instant since, int limit) {
        List<Tuple> rows = entityManager.createNativeQuery("SELECT kind, decision_id, subject_id, compared_at,"
                        + " CAST(differences AS text) AS differences FROM {h-schema}shadow_comparison"
                        + " WHERE since = :since AND disagrees ORDER BY id DESC LIMIT :limit", Tuple.class)
                .setParameter("since", since)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Disagreement(row.get("kind", String.class),
                row.get("decision_id", String.class), row.get("subject_id", String.class),
                instant(row.get("compared_at")), read(row.get("differences", String.class)))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private String write(List<ShadowRuleSet.Difference> differences) {
        try {
            return json.writeValueAsString(differences);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A shadow comparison cannot be written as JSON", e);
        }
    }

    private List<ShadowRuleSet.Difference> read(String differences) {
        try {
            return json.readValue(differences, new TypeReference<List<ShadowRuleSet.Difference>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored shadow comparison cannot be read", e);
        }
    }
}
