package com.marketplace.sellerperformance.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * How the console signs people in. With OIDC on, through the identity provider: {@code sign-in}
 * needs a session of the console's tenant, so the provider's sign-in comes first (authorization code
 * with PKCE, done by quarkus-oidc), then back to the console; {@code session} hands the page the
 * session's access token for its API calls. Without OIDC, with a user and password (HTTP Basic).
 */
@Path("/console")
public class ConsoleSignIn {
    private final SecurityIdentity identity;
    private final boolean throughTheProvider;

    public ConsoleSignIn(SecurityIdentity identity, ConsoleConfig config) {
        this.identity = identity;
        this.throughTheProvider = config.atProvider();
    }

    /** {@code signIn}: "provider" or "password"; {@code accessToken}: the session's, when there is one. */
    public record Session(String signIn, String accessToken) {
    }

    @GET
    @Path("session")
    @Produces(MediaType.APPLICATION_JSON)
    public Response session() {
        Session session;
        if (!throughTheProvider) {
            session = new Session("password", null);
        } else {
            AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
            session = new Session("provider", token == null ? null : token.getToken());
        }
        return Response.ok(session).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("sign-in")
    @Authenticated
    public Response signIn() {
        return Response.seeOther(URI.create("/console/")).build();
    }
}
