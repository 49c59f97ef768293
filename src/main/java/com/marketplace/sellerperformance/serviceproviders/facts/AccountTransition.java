package com.marketplace.sellerperformance.serviceproviders.facts;

/** An action allowed on an account with status {@code from}, and the status it leads to. */
public class AccountTransition {
    private final String from;
    private final String action;
    private final String to;

    public AccountTransition(String from, String action, String to) {
        this.from = from;
        this.action = action;
        this.to = to;
    }

    public String getFrom() { return from; }
    public String getAction() { return action; }
    public String getTo() { return to; }
}
