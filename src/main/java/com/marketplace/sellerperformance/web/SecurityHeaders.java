package com.marketplace.sellerperformance.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * Headers on every answer, errors included: {@code X-Content-Type-Options: nosniff}; on the API
 * {@code Cache-Control: no-store} (its answers are decisions about identifiable sellers); and
 * {@code Strict-Transport-Security} when configured (HSTS, for a service reached over HTTPS).
 */
@ApplicationScoped
public class SecurityHeaders {
    private final Optional<String> strictTransportSecurity;

    public SecurityHeaders(HttpConfig config) {
        this.strictTransportSecurity = config.strictTransportSecurity().filter(value -> !value.isBlank());
    }

    void register(@Observes Filters filters) {
        filters.register(this::add, SecurityHandlerPriorities.CORS + 100);
    }

    private void add(RoutingContext context) {
        boolean api = context.normalizedPath().startsWith("/api/");
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            if (api) {
                headers.set("Cache-Control", "no-store");
            }
            strictTransportSecurity.ifPresent(value -> headers.set("Strict-Transport-Security", value));
        });
        context.next();
    }
}
