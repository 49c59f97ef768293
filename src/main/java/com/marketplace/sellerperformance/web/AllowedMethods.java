package com.marketplace.sellerperformance.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Which methods each API path answers, read once from the resources' own annotations: a 405 names
 * them in {@code Allow}, and {@code OPTIONS} advertises exactly them (the framework's own answers
 * name none, or methods that would answer 405).
 */
@ApplicationScoped
public class AllowedMethods {
    private final ResourceRoutes routes;

    public AllowedMethods(ResourceRoutes routes) {
        this.routes = routes;
    }

    /** The methods the path answers, OPTIONS included; empty when no resource serves the path. */
    public Set<String> allowedFor(String path) {
        Set<String> allowed = new TreeSet<>();
        for (ResourceRoutes.Route route : routes.serving(path)) {
            allowed.add(route.method());
        }
        if (!allowed.isEmpty()) {
            allowed.add(HttpMethod.OPTIONS);
        }
        return allowed;
    }

    @ServerRequestFilter(preMatching = true)
    public Response answerOptions(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        Set<String> allowed = allowedFor(request.getUriInfo().getPath());
        return allowed.isEmpty() ? null : Response.noContent().header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
    }

    @ServerResponseFilter
    public void nameAllowedMethods(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == Response.Status.METHOD_NOT_ALLOWED.getStatusCode()) {
            Set<String> allowed = allowedFor(request.getUriInfo().getPath());
            if (!allowed.isEmpty()) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, String.join(", ", allowed));
            }
        }
    }
}
