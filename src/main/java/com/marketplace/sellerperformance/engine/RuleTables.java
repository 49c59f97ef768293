package com.marketplace.sellerperformance.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs a program's tables phase once, when its rules are compiled: each of its rules has no conditions
 * and inserts rows (goals, allowances, ladder steps, limits). The rows are the program's table facts,
 * given to every session of the program; each remembers the rule that wrote it.
 */
final class RuleTables {
    record Built(List<Object> facts, Map<Object, String> ruleOf) {
    }

    private RuleTables() {
    }

    static Built run(String program, KieBase tables, List<RuleFile> files, List<RuleError> errors) {
        Map<Object, String> ruleOf = new IdentityHashMap<>();
        List<Object> facts = new ArrayList<>();
        Set<String> fired = new LinkedHashSet<>();
        KieSession session = tables.newKieSession();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    facts.add(event.getObject());
                    ruleOf.put(event.getObject(), event.getRule() == null ? "" : event.getRule().getName());
                }
            });
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            try {
                session.fireAllRules();
            } catch (ConsequenceException e) {
                String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
                Throwable cause = RuleFailures.rootCause(e);
                errors.add(RuleFailures.errorAt(files, rule, "The table rule '" + rule + "' failed: "
                        + (cause.getMessage() == null ? cause.toString() : cause.getMessage())));
                return new Built(List.of(), Map.of());
            }
        } finally {
            session.dispose();
        }
        for (String rule : ProgramRules.ruleNames(tables)) {
            if (!fired.contains(rule)) {
                errors.add(RuleFailures.errorAt(files, rule, "The table rule '" + rule + "' of " + program
                        + " never fires: a rule in the " + ProgramRules.TABLES + " folder is a table, with no"
                        + " conditions (an empty 'when'); move a rule with conditions to the phase that uses it"));
            }
        }
        return new Built(facts, ruleOf);
    }
}
