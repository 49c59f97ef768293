package com.marketplace.sellerperformance.web;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Headers the service adds to every answer (HTTP_*). */
@ConfigMapping(prefix = "http")
public interface HttpConfig {

    /**
     * The {@code Strict-Transport-Security} value (HTTP_STRICT_TRANSPORT_SECURITY), set when the service
     * is reached only over HTTPS; absent or blank, no HSTS header.
     */
    Optional<String> strictTransportSecurity();
}
