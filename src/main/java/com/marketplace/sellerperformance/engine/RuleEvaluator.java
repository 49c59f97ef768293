package com.marketplace.sellerperformance.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jboss.logging.Logger;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** Runs one program's rules over a set of facts in a fresh session, always disposed. */
@ApplicationScoped
public class RuleEvaluator {
    private static final Logger LOG = Logger.getLogger(RuleEvaluator.class);

    public Evaluation evaluate(RuleSet ruleSet, String program, Collection<?> facts) {
        KieSession session = ruleSet.program(program).newKieSession();
        Set<String> fired = new LinkedHashSet<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            ruleSet.factsOf(program).forEach(session::insert);
            facts.forEach(session::insert);
            try {
                session.fireAllRules();
            } catch (ConsequenceException e) {
                RuleFailureException failure = new RuleFailureException(program, ruleSet.version(),
                        e.getMatch() == null ? "?" : e.getMatch().getRule().getName(), e.getCause());
                LOG.errorf(e, "%s; facts: %s", failure.getMessage(), facts);
                throw failure;
            }
            return new Evaluation(ruleSet.version(), new ArrayList<Object>(session.getObjects()), new ArrayList<>(fired));
        } finally {
            session.dispose();
        }
    }
}
