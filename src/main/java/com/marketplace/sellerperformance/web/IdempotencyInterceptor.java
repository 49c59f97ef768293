package com.marketplace.sellerperformance.web;

import com.marketplace.sellerperformance.records.Caller;
import com.marketplace.sellerperformance.problems.IdempotencyKeyReusedException;
import com.marketplace.sellerperformance.problems.ConflictException;
import com.marketplace.sellerperformance.problems.BadInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Idempotency-Key (IETF draft): the same key and request again get the stored answer; the same key
 * with another request is refused (422); while the first is still running, 409. Keys belong to the
 * caller. The request runs in a transaction that holds its key and stores its answer with its
 * decision, so a request that fails, is rolled back or dies with its process frees its key.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {
    public static final String HEADER = "Idempotency-Key";

    private final CurrentVertxRequest request;
    private final IdempotencyKeys keys;
    private final Caller caller;
    private final ObjectMapper json;

    public IdempotencyInterceptor(CurrentVertxRequest request, IdempotencyKeys keys, Caller caller, ObjectMapper json) {
        this.request = request;
        this.keys = keys;
        this.caller = caller;
        this.json = json;
    }

    @AroundInvoke
    Object honourKey(InvocationContext invocation) throws Exception {
        String key = request.getCurrent() == null ? null : request.getCurrent().request().getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isBlank() || key.length() > 255) {
            throw new BadInputException(HEADER, "must be 1 to 255 characters");
        }
        String principal = caller.name();
        String scope = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        String hash = sha256(json.writeValueAsString(invocation.getParameters()));
        try {
            return QuarkusTransaction.requiringNew().call(() -> decideOnce(invocation, principal, key, scope, hash));
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof Exception checked ? checked : e;
        }
    }

    /**
     * In one transaction: the key's lock, the decision and its stored answer. A request that does
     * not commit leaves nothing behind; the key is free for the retry as soon as its transaction ends.
     */
    private Object decideOnce(InvocationContext invocation, String principal, String key, String scope, String hash)
            throws Exception {
        IdempotencyKeys.Claim claim = keys.claim(principal, key, scope, hash);
        if (!claim.claimed()) {
            if (!"COMPLETED".equals(claim.status())) {
                throw new ConflictException("The request with Idempotency-Key '" + key + "' is still being processed;"
                        + " retry shortly");
            }
            if (!claim.scope().equals(scope) || !claim.requestHash().equals(hash)) {
                throw new IdempotencyKeyReusedException("The Idempotency-Key '" + key
                        + "' was already used with another request; use a new key for a new request");
            }
            Response.ResponseBuilder replay = Response.status(claim.responseStatus())
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(claim.responseBody());
            if (claim.location() != null) {
                replay.location(URI.create(claim.location()));
            }
            return replay.build();
        }
        Object result = invocation.proceed();
        int status = result instanceof Response response ? response.getStatus() : 200;
        Object entity = result instanceof Response response ? response.getEntity() : result;
        String location = result instanceof Response response && response.getLocation() != null
                ? response.getLocation().toString() : null;
        keys.complete(principal, key, scope, hash, status, json.writeValueAsString(entity), location);
        return result;
    }

    private static String sha256(String text) throws JsonProcessingException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
