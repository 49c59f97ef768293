package com.marketplace.sellerperformance.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * A compiled policy: each program's rules ({@link ProgramRules}: a rule base per phase, with the tables
 * and holiday calendar made once when the set was compiled), the files they were made from, and the
 * version (SHA-256 over the files' paths and contents), which every decision records.
 */
public record RuleSet(String version, String source, Instant loadedAt, List<RuleFile> files,
                      Map<String, ProgramRules> programs) {

    public ProgramRules program(String program) {
        ProgramRules rules = programs.get(program);
        if (rules == null) {
            throw new IllegalStateException("The rule set " + version + " from " + source
                    + " has no rules for the program '" + program + "'");
        }
        return rules;
    }

    /** The rule base a session of one phase of a program matches. */
    public KieBase phase(String program, String phase) {
        return program(program).phase(program, phase);
    }
}
