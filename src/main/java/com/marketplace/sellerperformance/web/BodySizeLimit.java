package com.marketplace.sellerperformance.web;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over the API's limit (api.max-body-bytes, 1 MiB) with problem details before they
 * are read. Bodies sent without a length (chunked) are counted as they are read, by
 * {@link StreamedBodySizeLimit}. The HTTP server's own, larger limit still cuts off anything beyond
 * it, without a body.
 */
public class BodySizeLimit {
    private final long maxBytes;

    public BodySizeLimit(WebConfig config) {
        this.maxBytes = config.maxBodyBytes();
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseOversizedBodies(ContainerRequestContext request) {
        if (isStream(request.getHeaderString("Content-Type"))) {
            return;
        }
        String length = request.getHeaderString("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBytes) {
            throw tooLarge("The body has " + length + " bytes", maxBytes);
        }
    }

    /**
     * NDJSON is a stream of records (an assessment run's week), not one body: it has no size limit
     * of its own, its resource bounds each line.
     */
    static boolean isStream(String contentType) {
        return contentType != null && contentType.trim().toLowerCase(java.util.Locale.ROOT).startsWith(NDJSON);
    }

    static final String NDJSON = "application/x-ndjson";

    static HttpProblem tooLarge(String what, long maxBytes) {
        return HttpProblem.builder()
                .withType(URI.create("https://seller-performance/problems/body-too-large"))
                .withTitle("Content Too Large")
                .withStatus(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                .withDetail(what + "; at most " + maxBytes + " are accepted. Nothing was written.")
                .build();
    }
}
