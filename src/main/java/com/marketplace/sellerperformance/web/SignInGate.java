package com.marketplace.sellerperformance.web;

import com.marketplace.sellerperformance.signin.PasswordIdentityProvider;
import com.marketplace.sellerperformance.signin.SignInThrottle;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The door, before any credentials are checked, on every path: {@code Authorization: Basic} that cannot be
 * read is a 401 problem (not the framework's 500), and a name or client address with too many recent
 * failures is a 429 problem with {@code Retry-After}, its password not even looked at.
 */
@ApplicationScoped
public class SignInGate {
    static final URI TOO_MANY_FAILURES = URI.create("https://seller-performance/problems/too-many-failed-sign-ins");
    private static final String BASIC = "Basic";

    private final SignInThrottle throttle;

    public SignInGate(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, (SecurityHandlerPriorities.CORS + SecurityHandlerPriorities.AUTHENTICATION) / 2);
    }

    private void check(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        String[] schemeAndCredentials = authorization == null ? new String[0] : authorization.strip().split(" ", 2);
        if (schemeAndCredentials.length == 0 || !schemeAndCredentials[0].equalsIgnoreCase(BASIC)) {
            context.next();
            return;
        }
        Optional<String> name = userName(schemeAndCredentials.length == 1 ? "" : schemeAndCredentials[1].strip());
        if (name.isEmpty()) {
            RoutingProblems.unauthorized(context,
                    "The Authorization header cannot be read: Basic needs base64 of user:password.");
            return;
        }
        Optional<Duration> refusedFor = throttle.refusedFor(name.get(), PasswordIdentityProvider.clientAddress(context));
        if (refusedFor.isPresent()) {
            long seconds = Math.max(1, (refusedFor.get().toMillis() + 999) / 1000);
            RoutingProblems.answer(context, 429, TOO_MANY_FAILURES,
                    "Too many failed sign-ins for this user or from this address; no sign-in is checked for "
                            + seconds + " s.", Map.of("Retry-After", Long.toString(seconds)));
            return;
        }
        context.next();
    }

    private static Optional<String> userName(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
