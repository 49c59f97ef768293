package com.marketplace.sellerperformance.fbaonsite.facts;

import java.math.BigDecimal;

/** The returns goal of one product family, as declared by the rules. */
public class FamilyReturnGoal {
    private final String family;
    private final BigDecimal goal;

    public FamilyReturnGoal(String family, BigDecimal goal) {
        this.family = family;
        this.goal = goal;
    }

    public String getFamily() { return family; }
    public BigDecimal getGoal() { return goal; }
}
