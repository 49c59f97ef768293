package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import java.util.List;

/** The strikes of one assessment, as one step of the ladder decided them, and the rules that issued them. */
public record DecidedStrikes(List<Strike> strikes, List<String> firedRules) {
}
