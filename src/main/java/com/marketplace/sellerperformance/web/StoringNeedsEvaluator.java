package com.marketplace.sellerperformance.web;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Analysts may try facts (dryRun=true) where evaluators store them, on the same endpoints. Checked
 * before the body is read, so a caller without the right role is told so before anything else.
 */
public class StoringNeedsEvaluator {
    private static final Set<String> STORING_PATHS = Set.of("/api/v1/fba-onsite/assessments", "/api/v1/services/evaluations");

    private final SecurityIdentity identity;

    public StoringNeedsEvaluator(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public void requireEvaluatorToStore(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        if (!"POST".equals(request.getMethod()) || !STORING_PATHS.contains(path)) {
            return;
        }
        // Only "true" and "false" are read; anything else is refused before the role is weighed.
        boolean dryRun = Params.flag("dryRun", request.getUriInfo().getQueryParameters().getFirst("dryRun"));
        if (!dryRun
                && !identity.isAnonymous() && !identity.hasRole(Roles.EVALUATOR)) {
            throw new ForbiddenException("Storing needs the evaluator role; analysts may use dryRun=true");
        }
    }
}
