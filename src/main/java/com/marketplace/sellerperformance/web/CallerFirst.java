package com.marketplace.sellerperformance.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;

/**
 * Who calls is settled before what they sent: once the credentials are checked, a caller without any
 * gets 401 and one whose roles do not allow the route gets 403, whatever the content type, the accept
 * header or the length of the address; only then is an address too long answered 414 (a problem, as every
 * error). The resources keep their own role checks; this only puts them first.
 */
@ApplicationScoped
public class CallerFirst {
    private final ResourceRoutes routes;
    private final int maxUriChars;

    public CallerFirst(ResourceRoutes routes, WebConfig config) {
        this.routes = routes;
        this.maxUriChars = config.maxUriChars();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, SecurityHandlerPriorities.AUTHORIZATION - 10);
    }

    private void check(RoutingContext context) {
        String method = context.request().method().name();
        List<ResourceRoutes.Route> serving = routes.serving(context.normalizedPath()).stream()
                .filter(route -> route.method().equals(method)).toList();
        SecurityIdentity identity = identity(context);
        if (!serving.isEmpty() && serving.stream().noneMatch(route -> route.access().allows(identity))) {
            if (identity == null || identity.isAnonymous()) {
                RoutingProblems.unauthorized(context, "Credentials are needed.");
            } else {
                RoutingProblems.answer(context, 403, RoutingProblems.BLANK,
                        "The caller's roles do not allow this operation.", Map.of());
            }
            return;
        }
        if (context.request().uri().length() > maxUriChars) {
            RoutingProblems.answer(context, 414, RoutingProblems.BLANK,
                    "The address is over " + maxUriChars + " characters.", Map.of());
            return;
        }
        context.next();
    }

    private static SecurityIdentity identity(RoutingContext context) {
        return context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }
}
