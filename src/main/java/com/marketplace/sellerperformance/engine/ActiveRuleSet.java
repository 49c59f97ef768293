package com.marketplace.sellerperformance.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The rule set serving decisions now. Swapped whole, so a request sees one set from start to end. */
@ApplicationScoped
public class ActiveRuleSet {
    private final AtomicReference<RuleSet> active = new AtomicReference<>();

    public RuleSet current() {
        RuleSet ruleSet = active.get();
        if (ruleSet == null) {
            throw new IllegalStateException("No rule set is loaded yet");
        }
        return ruleSet;
    }

    public Optional<RuleSet> loaded() {
        return Optional.ofNullable(active.get());
    }

    public void activate(RuleSet ruleSet) {
        active.set(ruleSet);
    }
}
