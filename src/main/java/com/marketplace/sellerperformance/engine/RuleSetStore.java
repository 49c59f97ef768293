package com.marketplace.sellerperformance.engine;

import java.util.List;
import java.util.Optional;

/**
 * Where every rule set that served decisions is kept with its files, so that a decision can be
 * reproduced by the rules that made it. The engine owns this seam; storage implements it.
 */
public interface RuleSetStore {

    /** Keeps the rule set's files under its version; a version already kept stays as it is. */
    void remember(RuleSet ruleSet);

    /** The files of a version kept earlier. */
    Optional<List<RuleFile>> files(String version);
}
