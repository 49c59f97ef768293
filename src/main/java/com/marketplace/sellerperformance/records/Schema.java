package com.marketplace.sellerperformance.records;

/**
 * The service's database schema in SQL: every statement names a table {@code {h-schema}table}, as
 * Hibernate's native queries do; a statement run on a plain JDBC connection is qualified here.
 */
public final class Schema {
    public static final String PLACEHOLDER = "{h-schema}";

    private Schema() {
    }

    /** The statement with each {@code {h-schema}} replaced by the quoted schema name and a dot. */
    public static String qualify(String statement, String schema) {
        return statement.replace(PLACEHOLDER, "\"" + schema + "\".");
    }
}
