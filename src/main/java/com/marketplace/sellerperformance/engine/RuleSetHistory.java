package com.marketplace.sellerperformance.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule set of a given version: the active one, or one that served earlier decisions, compiled
 * again from the files stored with it (so an appeal is re-assessed by the rules of the original).
 */
@ApplicationScoped
public class RuleSetHistory {
    private final ActiveRuleSet active;
    private final RuleSetCompiler compiler;
    private final RuleSetStore store;
    private final Map<String, RuleSet> compiled = new ConcurrentHashMap<>();

    public RuleSetHistory(ActiveRuleSet active, RuleSetCompiler compiler, RuleSetStore store) {
        this.active = active;
        this.compiler = compiler;
        this.store = store;
    }

    public RuleSet version(String version) {
        RuleSet current = active.current();
        if (current.version().equals(version)) {
            return current;
        }
        return compiled.computeIfAbsent(version, this::compileStored);
    }

    private RuleSet compileStored(String version) {
        List<RuleFile> files = store.files(version)
                .orElseThrow(() -> new IllegalStateException("The rule set version " + version + " is not stored"));
        return compiler.compileStored(version, files);
    }
}
