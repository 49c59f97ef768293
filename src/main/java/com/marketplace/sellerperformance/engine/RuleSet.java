package com.marketplace.sellerperformance.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * A compiled policy: one KieBase per program folder, the files it was made from, and its version
 * (SHA-256 over the files' paths and contents), which every decision records. A program's holiday
 * calendar, made by its calendar rules when the set was compiled, comes with it as a fact.
 */
public record RuleSet(String version, String source, Instant loadedAt, List<RuleFile> files,
                      Map<String, KieBase> programs, Map<String, List<Object>> programFacts) {

    /** Facts that come with a program's rules (its holiday calendar), inserted into every session of it. */
    public List<Object> factsOf(String program) {
        return programFacts.getOrDefault(program, List.of());
    }

    public KieBase program(String program) {
        KieBase base = programs.get(program);
        if (base == null) {
            throw new IllegalStateException("The rule set " + version + " from " + source
                    + " has no rules for the program '" + program + "'");
        }
        return base;
    }
}
