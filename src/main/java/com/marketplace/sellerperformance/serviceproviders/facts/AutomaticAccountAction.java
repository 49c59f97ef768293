package com.marketplace.sellerperformance.serviceproviders.facts;

import java.time.LocalDate;

/** An action the rules take on an account by themselves on a day, such as an automatic reinstatement. */
public class AutomaticAccountAction {
    private final String action;
    private final LocalDate on;

    public AutomaticAccountAction(String action, LocalDate on) {
        this.action = action;
        this.on = on;
    }

    public String getAction() { return action; }
    public LocalDate getOn() { return on; }
}
