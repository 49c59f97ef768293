package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.fbaonsite.facts.QuarterlyReturnTarget;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The store returns targets an assessment is measured against, as the rules' facts. */
final class QuarterlyTargets {
    private QuarterlyTargets() {
    }

    static List<QuarterlyReturnTarget> facts(Map<String, BigDecimal> targets) {
        return targets.entrySet().stream().map(t -> new QuarterlyReturnTarget(t.getKey(), t.getValue())).toList();
    }
}
