package com.marketplace.sellerperformance.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Problem details for the answers given before a request reaches a resource (at the HTTP layer, where
 * the REST layer's problem mapping does not reach): the same shape as every other error of the API.
 */
final class RoutingProblems {
    static final URI BLANK = URI.create("about:blank");

    private RoutingProblems() {
    }

    static void answer(RoutingContext context, int status, URI type, String detail, Map<String, String> headers) {
        JsonObject problem = new JsonObject()
                .put("type", type.toString())
                .put("title", HttpResponseStatus.valueOf(status).reasonPhrase())
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.normalizedPath());
        headers.forEach(context.response()::putHeader);
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }

    /** 401 with the one Basic challenge of the service's realm. */
    static void unauthorized(RoutingContext context, String detail) {
        String realm = ConfigProvider.getConfig().getOptionalValue("quarkus.http.auth.realm", String.class)
                .orElse("Quarkus");
        answer(context, 401, BLANK, detail, Map.of("WWW-Authenticate", "Basic realm=\"" + realm + "\""));
    }
}
