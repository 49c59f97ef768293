package com.marketplace.sellerperformance.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs one program's rules over a set of facts in a session of its own. Sessions come from a pool per
 * rule base (Drools' KieSessionsPool): disposing one empties it back to the state of a new session,
 * which is cheaper than building a new one for every evaluation.
 */
@ApplicationScoped
public class RuleEvaluator {
    private static final Logger LOG = Logger.getLogger(RuleEvaluator.class);

    /**
     * Rule bases with a pool: a phase of each program of the active set, a shadow's, and the few older
     * sets appeals and back-tests still use.
     */
    private static final int POOLED_RULE_BASES = 64;

    private final Map<KieBase, KieSessionsPool> pools = new ConcurrentHashMap<>();

    /**
     * One phase of a program over the facts, with the program's tables and calendar. A table row a fired
     * rule matched names its table rule among the rules fired: that table decided too.
     */
    public Evaluation evaluate(RuleSet ruleSet, String program, String phase, Collection<?> facts) {
        ProgramRules rules = ruleSet.program(program);
        KieSession session = poolOf(rules.phase(program, phase)).newKieSession();
        Set<String> fired = new LinkedHashSet<>();
        AgendaEventListener firedRules = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
                if (!rules.tableRuleOf().isEmpty()) {
                    for (Object matched : event.getMatch().getObjects()) {
                        String table = rules.tableRuleOf(matched);
                        if (table != null) {
                            fired.add(table);
                        }
                    }
                }
            }
        };
        try {
            session.addEventListener(firedRules);
            rules.factsOf(phase).forEach(session::insert);
            facts.forEach(session::insert);
            try {
                session.fireAllRules();
                FiredRulesRecording.note(program, fired);
            } catch (ConsequenceException e) {
                RuleFailureException failure = new RuleFailureException(program, ruleSet.version(),
                        e.getMatch() == null ? "?" : e.getMatch().getRule().getName(), e.getCause());
                LOG.errorf(e, "%s; facts: %s", failure.getMessage(), facts);
                throw failure;
            }
            return new Evaluation(ruleSet.version(), new ArrayList<Object>(session.getObjects()), new ArrayList<>(fired));
        } finally {
            session.removeEventListener(firedRules);
            session.dispose();
        }
    }

    private KieSessionsPool poolOf(KieBase base) {
        KieSessionsPool pool = pools.get(base);
        if (pool != null) {
            return pool;
        }
        if (pools.size() >= POOLED_RULE_BASES) {
            // Many reloads later: let the pools of rule bases no longer served go (sessions in use finish as usual).
            pools.clear();
        }
        return pools.computeIfAbsent(base, b -> b.newKieSessionsPool(1));
    }
}
