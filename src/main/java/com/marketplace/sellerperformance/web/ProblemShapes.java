package com.marketplace.sellerperformance.web;

import com.marketplace.sellerperformance.problems.InputCheck;
import com.marketplace.sellerperformance.problems.IdempotencyKeyReusedException;
import com.marketplace.sellerperformance.problems.NotFoundException;
import com.marketplace.sellerperformance.problems.FieldError;
import com.marketplace.sellerperformance.problems.ConflictException;
import com.marketplace.sellerperformance.problems.BadInputException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.marketplace.sellerperformance.engine.CompilationUnavailableException;
import com.marketplace.sellerperformance.engine.RuleCodeRefusal;
import com.marketplace.sellerperformance.engine.RuleCodeRefusedException;
import com.marketplace.sellerperformance.engine.RuleFailureException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Gives every error the one problem-details shape of the API: bad input as 400 with
 * {@code errors: [{field, message}]}, domain conflicts as 409, unknown things as 404, and never a
 * class name or parser message in what the client reads.
 */
@ApplicationScoped
public class ProblemShapes implements ProblemPostProcessor {
    static final URI BAD_INPUT = URI.create("https://seller-performance/problems/bad-input");
    static final URI CONFLICT = URI.create("https://seller-performance/problems/conflict");
    static final URI NOT_FOUND = URI.create("https://seller-performance/problems/not-found");
    static final URI UNAVAILABLE = URI.create("https://seller-performance/problems/unavailable-in-this-build");
    static final URI DATABASE_UNAVAILABLE = URI.create("https://seller-performance/problems/database-unavailable");
    static final URI RULES_FAILED = URI.create("https://seller-performance/problems/rules-failed");
    static final URI RULE_CODE_REFUSED = URI.create("https://seller-performance/problems/rule-code-refused");
    static final URI KEY_REUSED = URI.create("https://seller-performance/problems/idempotency-key-reused");
    private static final URI BLANK = URI.create("about:blank");
    private static final java.util.regex.Pattern DUPLICATE_KEY = java.util.regex.Pattern.compile("^Duplicate field '(.*)'");

    @Override
    public int priority() {
        return 200; // before the library's logger, so domain errors are not logged as server faults
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        Throwable cause = context.cause;
        if (cause instanceof BadInputException badInput) {
            return badInput(problem, badInput.errors());
        }
        if (cause instanceof ConstraintViolationException violations) {
            return badInput(problem, InputCheck.fieldErrors(violations.getConstraintViolations()));
        }
        JsonProcessingException unreadable = unreadableJson(cause);
        if (unreadable != null) {
            return badInput(problem, List.of(fieldError(unreadable)));
        }
        if (cause instanceof IdempotencyKeyReusedException reused) {
            return reshaped(problem, 422, KEY_REUSED, reused.getMessage()).build();
        }
        if (cause instanceof ConflictException conflict) {
            return reshaped(problem, Response.Status.CONFLICT, CONFLICT, conflict.getMessage()).build();
        }
        if (databaseUnreachable(cause)) {
            return reshaped(problem, Response.Status.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE,
                    "The database cannot be reached or did not answer in time; nothing was written. Try again shortly.")
                    .withHeader("Retry-After", "5").build();
        }
        if (cause instanceof RuleFailureException failure) {
            return reshaped(problem, Response.Status.INTERNAL_SERVER_ERROR, RULES_FAILED, failure.publicMessage())
                    .build();
        }
        if (cause instanceof RuleCodeRefusedException refused) {
            return reshaped(problem, 422, RULE_CODE_REFUSED, refusedDetail(refused.refusals()))
                    .with("refused", refused.refusals())
                    .build();
        }
        if (cause instanceof CompilationUnavailableException unavailable) {
            return reshaped(problem, Response.Status.NOT_IMPLEMENTED, UNAVAILABLE, unavailable.getMessage()).build();
        }
        if (cause instanceof NotFoundException notFound) {
            return reshaped(problem, Response.Status.NOT_FOUND, NOT_FOUND, notFound.getMessage()).build();
        }
        if (cause instanceof AuthenticationFailedException && problem.getHeaders().keySet().stream()
                .anyMatch(HttpHeaders.WWW_AUTHENTICATE::equalsIgnoreCase)) {
            // After failed credentials the HTTP layer has sent the challenge (Basic with its realm) already;
            // a second copy would confuse clients. Without credentials this copy is the only one.
            HttpProblem.Builder builder = HttpProblem.builder()
                    .withType(problem.getType() == null ? BLANK : problem.getType())
                    .withTitle(problem.getTitle())
                    .withStatus(problem.getStatusCode())
                    .withDetail(problem.getDetail())
                    .withInstance(problem.getInstance());
            problem.getHeaders().forEach((name, value) -> {
                if (!HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
                    builder.withHeader(name, value);
                }
            });
            return builder.build();
        }
        if (problem.getType() == null) {
            return HttpProblem.builder(problem).withType(BLANK).build();
        }
        return problem;
    }

    private static String refusedDetail(List<RuleCodeRefusal> refusals) {
        RuleCodeRefusal first = refusals.get(0);
        return "The rule set was refused and nothing of it ran: " + first.rule() + " (" + first.file() + ", line "
                + first.line() + ") uses " + first.reference() + (refusals.size() > 1 ? " (and " + (refusals.size() - 1)
                + " more, see refused)" : "") + ". Rules can only decide: facts, plain values and collections, insert,"
                + " update and delete.";
    }

    private static HttpProblem badInput(HttpProblem problem, List<FieldError> errors) {
        return reshaped(problem, Response.Status.BAD_REQUEST, BAD_INPUT,
                "The request is not valid; nothing was written. See errors.")
                .with("errors", errors)
                .build();
    }

    private static HttpProblem.Builder reshaped(HttpProblem problem, Response.Status status, URI type, String detail) {
        return reshaped(problem, status.getStatusCode(), type, detail).withTitle(status.getReasonPhrase());
    }

    private static HttpProblem.Builder reshaped(HttpProblem problem, int status, URI type, String detail) {
        HttpProblem.Builder builder = HttpProblem.builder()
                .withType(type)
                .withTitle(status == 422 ? "Unprocessable Content" : Response.Status.fromStatusCode(status).getReasonPhrase())
                .withStatus(status)
                .withDetail(detail)
                .withInstance(problem.getInstance());
        problem.getHeaders().forEach(builder::withHeader);
        return builder;
    }

    /**
     * A lost or refused database connection anywhere in the cause chain (SQL state class 08), a
     * database that did not answer in time (no connection free within the pool's acquisition timeout,
     * a statement cancelled by its timeout) or one shutting down or starting up (class 57): each ends
     * with the transaction rolled back, and a retry later may well succeed.
     */
    static boolean databaseUnreachable(Throwable cause) {
        for (Throwable current = cause; current != null && current.getCause() != current; current = current.getCause()) {
            if (current instanceof SQLTransientConnectionException
                    || current instanceof JDBCConnectionException
                    || current instanceof ConnectException) {
                return true;
            }
            if (current instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57"))) {
                return true;
            }
            // no connection to be had, whatever the pool or the driver said why (a timeout, an interrupted login)
            if (current instanceof org.hibernate.JDBCException jdbc && jdbc.getMessage() != null
                    && jdbc.getMessage().startsWith("Unable to acquire JDBC Connection")) {
                return true;
            }
            // the pool's own refusal carries no SQL state, only its message
            if (current instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** The JSON reader's error, also where the REST layer wrapped it in a plain 400. */
    private static JsonProcessingException unreadableJson(Throwable cause) {
        for (Throwable current = cause; current != null; current = current.getCause()) {
            if (current instanceof JsonProcessingException json) {
                return json;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    /** The field and message of JSON that cannot be read, as a bad request names them. */
    public static FieldError fieldError(JsonProcessingException exception) {
        if (exception instanceof JsonParseException) {
            Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(exception.getOriginalMessage()));
            if (duplicate.find()) {
                return new FieldError(duplicate.group(1), "is given more than once");
            }
            return new FieldError("body", "is not well-formed JSON");
        }
        String field = exception instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : "";
        if (field.isEmpty()) {
            field = "body";
        }
        if (exception instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "is not a known field");
        }
        if (exception instanceof InputCoercionException) {
            return new FieldError(field, "is out of range");
        }
        if (exception instanceof InvalidFormatException invalid && invalid.getTargetType() == LocalDate.class
                && invalid.getValue() instanceof String text && isDate(text)) {
            return new FieldError(field, Params.yearMessage());
        }
        if (exception instanceof InvalidFormatException invalid) {
            return new FieldError(field, "must be " + expected(invalid.getTargetType()));
        }
        if (exception instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return new FieldError(field, "must be " + expected(mismatched.getTargetType()));
        }
        return new FieldError(field, "cannot be read");
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
