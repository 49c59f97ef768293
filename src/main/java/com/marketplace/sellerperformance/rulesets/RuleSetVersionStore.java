package com.marketplace.sellerperformance.rulesets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.engine.RuleFile;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps every rule set version that served decisions, with its files, in the rule_set_version table. */
@ApplicationScoped
public class RuleSetVersionStore implements RuleSetStore {
    private final EntityManager entityManager;
    private final ObjectMapper json;

    public RuleSetVersionStore(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Override
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

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<RuleFile>> files(String version) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT CAST(files AS text) FROM {h-schema}rule_set_version WHERE version = :version")
                .setParameter("version", version)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<String, String> files = json.readValue((String) rows.get(0), new TypeReference<Map<String, String>>() { });
            List<RuleFile> ruleFiles = new ArrayList<>();
            files.forEach((path, content) -> ruleFiles.add(new RuleFile(path, content)));
            return Optional.of(ruleFiles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored files of rule set version " + version + " cannot be read", e);
        }
    }

    private String toJson(Map<String, String> files) {
        try {
            return json.writeValueAsString(files);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rule files cannot be written as JSON", e);
        }
    }
}
