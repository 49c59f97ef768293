package com.marketplace.sellerperformance.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The rule set of a given version: the active one, or one that served earlier decisions, compiled
 * again from the files stored with it (so an appeal is re-assessed by the rules of the original).
 */
@ApplicationScoped
public class RuleSetHistory {
    private final ActiveRuleSet active;
    private final RuleSetCompiler compiler;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Map<String, RuleSet> compiled = new ConcurrentHashMap<>();

    public RuleSetHistory(ActiveRuleSet active, RuleSetCompiler compiler, EntityManager entityManager,
                          ObjectMapper json) {
        this.active = active;
        this.compiler = compiler;
        this.entityManager = entityManager;
        this.json = json;
    }

    public RuleSet version(String version) {
        RuleSet current = active.current();
        if (current.version().equals(version)) {
            return current;
        }
        return compiled.computeIfAbsent(version, this::compileStored);
    }

    private RuleSet compileStored(String version) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT CAST(files AS text) FROM {h-schema}rule_set_version WHERE version = :version")
                .setParameter("version", version)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("The rule set version " + version + " is not stored");
        }
        try {
            Map<String, String> files = json.readValue((String) rows.get(0), new TypeReference<Map<String, String>>() { });
            List<RuleFile> ruleFiles = new ArrayList<>();
            files.forEach((path, content) -> ruleFiles.add(new RuleFile(path, content)));
            return compiler.compile("stored version " + version, ruleFiles);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The stored files of rule set version " + version + " cannot be read", e);
        }
    }
}
