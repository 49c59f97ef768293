package com.marketplace.sellerperformance.engine;

import java.util.List;

/** Where the comparisons of a shadow rule set with the active one are kept. The engine owns this seam; storage implements it. */
public interface ShadowRecord {

    void recordAll(List<ShadowRuleSet.Comparison> comparisons);
}
