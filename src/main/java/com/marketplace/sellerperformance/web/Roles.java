package com.marketplace.sellerperformance.web;

/** The roles of docs/api.md. Anyone with a role may read; writing is for the role whose work it is. */
public final class Roles {
    public static final String EVALUATOR = "evaluator";
    public static final String ANALYST = "analyst";
    public static final String REVIEWER = "reviewer";
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
