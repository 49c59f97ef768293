package com.marketplace.sellerperformance.web;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Stream;

/** Who the credentials belong to and which of the service's roles they hold (the console shows only what they allow). */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {
    private static final List<String> SERVICE_ROLES = List.of(Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER, Roles.VIEWER);
    private final SecurityIdentity identity;

    public CallerResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    public record CallerView(String name, List<String> roles) {
    }

    @Authenticated
    @GET
    public CallerView me() {
        return new CallerView(identity.getPrincipal().getName(),
                SERVICE_ROLES.stream().filter(identity::hasRole).toList());
    }
}
