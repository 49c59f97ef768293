package com.marketplace.sellerperformance.web;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;

/**
 * Limits of the HTTP API (API_*). Defaults are in application.properties. Static-init safe: the
 * body limit filters are built while the HTTP layer is set up, before run-time config exists.
 */
@StaticInitSafe
@ConfigMapping(prefix = "api")
public interface WebConfig {

    /** The largest JSON body accepted; a run's NDJSON upload has caps of its own (runs.*). */
    long maxBodyBytes();

    /** The longest address (path and query) answered; a longer one gets a 414 problem once the caller is known. */
    int maxUriChars();
}
