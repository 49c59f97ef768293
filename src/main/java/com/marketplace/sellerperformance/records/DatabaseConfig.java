package com.marketplace.sellerperformance.records;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * The service's own settings for its database (DB_*); the connection itself is Quarkus's datasource
 * (QUARKUS_DATASOURCE_*). Defaults and the reasons for the timeouts are in application.properties.
 */
@ConfigMapping(prefix = "db")
public interface DatabaseConfig {

    /** The schema holding every table of the service (DB_SCHEMA). */
    String schema();

    /** The longest wait for a pooled connection before a request answers 503 (DB_ACQUISITION_TIMEOUT). */
    Duration acquisitionTimeout();

    /** The longest one statement may run on the server (DB_STATEMENT_TIMEOUT). */
    Duration statementTimeout();
}
