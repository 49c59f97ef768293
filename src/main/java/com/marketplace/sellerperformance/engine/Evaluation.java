package com.marketplace.sellerperformance.engine;

import java.util.List;

/** What one session concluded: every fact it ended with, the rules that fired, and the rule set's version. */
public record Evaluation(String ruleSetVersion, List<Object> facts, List<String> firedRules) {

    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
