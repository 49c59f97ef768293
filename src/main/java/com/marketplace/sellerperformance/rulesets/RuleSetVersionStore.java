package com.marketplace.sellerperformance.rulesets;

import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import com.marketplace.sellerperformance.engine.RuleFile;
import com.marketplace.sellerperformance.engine.RuleSet;

/** Keeps every rule set version that served decisions, with its files, so a decision can be reproduced. */
@ApplicationScoped
public class RuleSetVersionStore {
    private final EntityManager entityManager;
    private final ObjectMapper json;

    public RuleSetVersionStore(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Transactional
    public void remember(RuleSet ruleSet) {
        Map<String, String> files = new LinkedHashMap<>();
        for (RuleFile file : ruleSet.files()) {
            files.put(file.path(), file.content());
        }
        // Several replicas may load the same version at once: the first one stores it.
        entityManager.createNativeQuery("INSERT INTO {h-schema}rule_set_version (version, files, first_loaded_at)"
                        + " VALUES (:version, CAST(:files AS jsonb), now()) ON CONFLICT (version) DO NOTHING")
                .setParameter("version", ruleSet.version())
                .setParameter("files", toJson(files))
                .executeUpdate();
    }

    private String toJson(Map<String, String> files) {
        try {
            return json.writeValueAsString(files);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rule files cannot be written as JSON", e);
        }
    }
}
