package com.marketplace.sellerperformance.api;

/** The roles of API.md. Anyone with a role may read; writing is for the role whose work it is. */
final class Roles {
    static final String EVALUATOR = "evaluator";
    static final String ANALYST = "analyst";
    static final String REVIEWER = "reviewer";
    static final String VIEWER = "viewer";

    private Roles() {
    }
}
