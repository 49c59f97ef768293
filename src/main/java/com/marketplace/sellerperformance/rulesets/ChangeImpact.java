package com.marketplace.sellerperformance.rulesets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.RuleChanges;
import com.marketplace.sellerperformance.engine.RuleFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a draft would touch, before any back-test: the rules it adds, removes or edits, and, from the
 * rules every stored decision names as having fired it, how many decisions and which sellers (providers
 * for Services) each changed rule has decided. A rule the draft adds has decided nothing yet.
 */
@ApplicationScoped
public class ChangeImpact {
    /** How many subjects each rule lists; the counts are always whole. */
    public static final int LISTED = 100;

    /**
     * Per program, the stored decisions with the rules that fired them, each with its subject's id: FBA
     * Onsite assessments (every revision) and daily checks, Services evaluations.
     */
    private static final Map<String, String> DECISIONS = Map.of(
            "fba-onsite", "SELECT s.seller_id AS subject, d.fired_rules FROM (SELECT seller_ref, fired_rules"
                    + " FROM {h-schema}assessment UNION ALL SELECT seller_ref, fired_rules FROM {h-schema}daily_check) d"
                    + " JOIN {h-schema}seller s ON s.id = d.seller_ref",
            "services", "SELECT p.provider_id AS subject, e.fired_rules FROM {h-schema}service_evaluation e"
                    + " JOIN {h-schema}service_provider p ON p.id = e.provider_ref");

    private final ActiveRuleSet active;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    public ChangeImpact(ActiveRuleSet active, EntityManager entityManager, ObjectMapper json) {
        this.active = active;
        this.entityManager = entityManager;
        this.json = json;
    }

    public record RuleImpact(String program, String rule, RuleChanges.Change change, long decisions, long sellerCount,
                             List<String> sellers) {
    }

    public record Impact(String activeVersion, List<RuleImpact> rules, long sellers, int listedPerRule) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Impact of(Map<String, String> draft) {
        List<RuleFile> files = new ArrayList<>();
        draft.forEach((path, content) -> files.add(new RuleFile(path, content == null ? "" : content)));
        String version = active.current().version();
        List<RuleChanges.RuleChange> changes = RuleChanges.between(active.current().files(), files);
        Map<String, List<String>> rulesByProgram = new HashMap<>();
        changes.forEach(c -> rulesByProgram.computeIfAbsent(c.program(), p -> new ArrayList<>()).add(c.rule()));

        Map<String, RuleImpact> decided = new HashMap<>();
        long sellers = 0;
        for (var program : rulesByProgram.entrySet()) {
            String decisions = DECISIONS.get(program.getKey());
            if (decisions == null) {
                continue;
            }
            List<Tuple> rows = entityManager.createNativeQuery("SELECT f.rule, count(*) AS decisions,"
                            + " count(DISTINCT d.subject) AS subjects,"
                            + " CAST(array_to_json((array_agg(DISTINCT d.subject ORDER BY d.subject))[1:" + LISTED + "]) AS text) AS listed"
                            + " FROM (" + decisions + ") d CROSS JOIN LATERAL jsonb_array_elements_text(d.fired_rules) AS f(rule)"
                            + " WHERE f.rule IN (:rules) GROUP BY f.rule", Tuple.class)
                    .setParameter("rules", program.getValue())
                    .getResultList();
            for (Tuple row : rows) {
                String rule = row.get("rule", String.class);
                decided.put(program.getKey() + "\n" + rule, new RuleImpact(program.getKey(), rule, null,
                        row.get("decisions", Number.class).longValue(), row.get("subjects", Number.class).longValue(),
                        read(row.get("listed", String.class))));
            }
            sellers += ((Number) entityManager.createNativeQuery("SELECT count(DISTINCT d.subject) FROM (" + decisions
                            + ") d WHERE EXISTS (SELECT 1 FROM jsonb_array_elements_text(d.fired_rules) AS f(rule)"
                            + " WHERE f.rule IN (:rules))")
                    .setParameter("rules", program.getValue())
                    .getSingleResult()).longValue();
        }
        List<RuleImpact> rules = changes.stream().map(c -> {
            RuleImpact found = decided.get(c.program() + "\n" + c.rule());
            return found == null ? new RuleImpact(c.program(), c.rule(), c.change(), 0, 0, List.of())
                    : new RuleImpact(c.program(), c.rule(), c.change(), found.decisions(), found.sellerCount(),
                            found.sellers());
        }).toList();
        return new Impact(version, rules, sellers, LISTED);
    }

    private List<String> read(String listed) {
        try {
            return listed == null ? List.of() : json.readValue(listed, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Subjects listed by PostgreSQL cannot be read", e);
        }
    }
}
