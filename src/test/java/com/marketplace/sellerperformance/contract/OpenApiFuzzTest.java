package com.marketplace.sellerperformance.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Requests generated from the OpenAPI document for every operation and every role (and no
 * credentials): values from each schema (valid ones, the bounds of each range and length, every enum
 * value) and a share of malformed ones (a required field dropped, a wrong type, a bound passed by
 * one, an unknown field, broken JSON, a bad parameter). Every answer must be below 500, one of the
 * statuses the document lists for the operation, and match its schema (the
 * {@link ContractValidationFilter} checks the schema and that a request the document calls invalid
 * is refused with a 4xx).
 * <p>
 * Seeded and bounded: the seed is printed, {@code -Dfuzz.seed=N} replays a run and
 * {@code -Dfuzz.requests=N} sets the requests per operation and role. The generator is written
 * against java.util.Random rather than jqwik's engine, because the requests need the running
 * {@code @QuarkusTest} application, which only the JUnit Jupiter engine starts.
 */
@QuarkusTest
class OpenApiFuzzTest {
    private static final long DEFAULT_SEED = 20261123L;
    private static final int DEFAULT_REQUESTS = 8;
    private static final int MAX_FAILURES_SHOWN = 25;
    private static final List<String> ROLES = List.of("evaluator", "analyst", "reviewer", "viewer", "");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAPI document;
    private Random random;

    @Test
    void everyOperationAnswersOnlyWhatTheDocumentSaysForEveryRole() {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        System.out.println("OpenApiFuzzTest seed=" + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        random = new Random(seed);
        ParseOptions options = new ParseOptions();
        document = new OpenAPIV3Parser().readContents(ContractValidationFilter.document(), null, options).getOpenAPI();
        InstallContractValidation.install();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                for (String role : ROLES) {
                    for (int i = 0; i < requests; i++) {
                        boolean malformed = random.nextInt(4) == 0;
                        String what = entry.getKey() + " " + path.getKey() + " as " + (role.isEmpty() ? "nobody" : role)
                                + (malformed ? " (malformed)" : "");
                        try {
                            sent++;
                            send(entry.getKey().name(), path.getKey(), operation, role, malformed);
                        } catch (AssertionError | RuntimeException e) {
                            failures.add(what + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        System.out.println("OpenApiFuzzTest sent " + sent + " requests, " + failures.size() + " failed");
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " generated requests broke the contract"
                + " (seed " + seed + "):\n" + String.join("\n\n", failures.subList(0, Math.min(failures.size(),
                MAX_FAILURES_SHOWN))));
    }

    private void send(String method, String template, Operation operation, String role, boolean malformed) {
        int broken = malformed ? random.nextInt(3) : -1; // 0: a parameter, 1: the body, 2: the body's JSON
        RequestSpecification request = RestAssured.given().urlEncodingEnabled(true);
        if (!role.isEmpty()) {
            request = request.auth().preemptive().basic(role, role);
        }
        String path = template;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        int brokenParameter = parameters.isEmpty() ? -1 : random.nextInt(parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = resolve(parameters.get(i));
            boolean breakIt = broken == 0 && i == brokenParameter;
            if (!breakIt && !Boolean.TRUE.equals(parameter.getRequired()) && random.nextBoolean()) {
                continue;
            }
            Object value = breakIt ? malformedParameter(parameter.getSchema()) : value(parameter.getSchema(), 0);
            String text = String.valueOf(value);
            switch (parameter.getIn()) {
                case "path" -> path = path.replace("{" + parameter.getName() + "}", text);
                case "query" -> request = request.queryParam(parameter.getName(), text);
                case "header" -> request = request.header(parameter.getName(), text);
                default -> { }
            }
        }
        RequestBody body = operation.getRequestBody() == null ? null : resolve(operation.getRequestBody());
        if (body != null) {
            String mediaType = body.getContent().keySet().iterator().next(); // application/json, or NDJSON for a run
            Schema<?> schema = body.getContent().get(mediaType).getSchema();
            String json;
            if (broken == 2) {
                json = List.of("{", "[]", "null", "{\"a\":1}{}", "\"text\"").get(random.nextInt(5));
            } else {
                Object value = value(schema, 0);
                if (broken == 1) {
                    value = malformedBody(schema, value);
                }
                json = write(value);
            }
            request = request.contentType(mediaType).body(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Response response = request.request(method, path);
        int status = response.statusCode();
        assertTrue(status < 500, "answered " + status + ": " + response.asString());
        assertTrue(operation.getResponses().containsKey(String.valueOf(status)),
                "answered " + status + ", which the document does not list for " + operation.getOperationId()
                        + ": " + response.asString());
    }

    // --- values from schemas

    private Object value(Schema<?> schema, int depth) {
        schema = resolve(schema);
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return value(schema.getAllOf().get(0), depth);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            List<?> values = schema.getEnum().stream().filter(v -> v != null).toList();
            return values.get(random.nextInt(values.size()));
        }
        String type = schema.getType() == null ? "object" : schema.getType();
        return switch (type) {
            case "integer" -> integer(schema);
            case "number" -> number(schema);
            case "boolean" -> random.nextBoolean();
            case "array" -> array(schema, depth);
            case "string" -> string(schema);
            default -> object(schema, depth);
        };
    }

    private long integer(Schema<?> schema) {
        long min = schema.getMinimum() == null ? 0 : schema.getMinimum().longValue();
        long max = schema.getMaximum() == null ? 1_000_000 : schema.getMaximum().longValue();
        return switch (random.nextInt(6)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> Math.min(max, min + 1);
            default -> min + (long) (random.nextDouble() * Math.min(max - min, 10_000));
        };
    }

    private BigDecimal number(Schema<?> schema) {
        BigDecimal max = schema.getMaximum() == null ? BigDecimal.ONE : schema.getMaximum();
        return switch (random.nextInt(4)) {
            case 0 -> max;
            case 1 -> new BigDecimal("0.000001");
            default -> BigDecimal.valueOf(random.nextInt(999_999) + 1, 6);
        };
    }

    private List<Object> array(Schema<?> schema, int depth) {
        int max = schema.getMaxItems() == null ? 3 : Math.min(schema.getMaxItems(), 3);
        List<Object> items = new ArrayList<>();
        int count = depth > 2 ? 0 : random.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            items.add(value(schema.getItems(), depth + 1));
        }
        return items;
    }

    private String string(Schema<?> schema) {
        if ("date".equals(schema.getFormat())) {
            return switch (random.nextInt(6)) {
                case 0 -> "2000-01-01";
                case 1 -> "2100-12-31";
                default -> LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400)).toString();
            };
        }
        if ("uuid".equals(schema.getFormat())) {
            return UUID.randomUUID().toString();
        }
        String pattern = schema.getPattern();
        if (pattern != null && pattern.contains("-Q[1-4]")) {
            return (2000 + random.nextInt(101)) + "-Q" + (1 + random.nextInt(4));
        }
        if (pattern != null && pattern.startsWith("^[A-Za-z0-9]")) {
            return switch (random.nextInt(4)) {
                case 0 -> "F";
                case 1 -> "F" + "z".repeat(63);
                default -> "FZ-" + random.nextInt(50);
            };
        }
        int min = schema.getMinLength() == null ? 1 : Math.max(1, schema.getMinLength());
        int max = schema.getMaxLength() == null ? 40 : schema.getMaxLength();
        int length = switch (random.nextInt(5)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + random.nextInt(Math.min(max - min, 40) + 1);
        };
        return "x".repeat(length);
    }

    private Map<String, Object> object(Schema<?> schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                if (required.contains(property.getKey()) || random.nextInt(10) < 7) {
                    object.put(property.getKey(), value(property.getValue(), depth + 1));
                }
            }
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            int count = Math.max(schema.getMinProperties() == null ? 0 : schema.getMinProperties(), 1);
            for (int i = 0; i < count; i++) {
                object.put("fba-onsite/fuzz-" + i + ".drl", value(values, depth + 1));
            }
        }
        return object;
    }

    // --- malformed values

    private Object malformedParameter(Schema<?> schema) {
        schema = resolve(schema);
        if ("integer".equals(schema.getType()) && schema.getMaximum() != null && random.nextBoolean()) {
            return schema.getMaximum().longValue() + 1;
        }
        return List.of("abc", "2026-02-30", "1999-12-31", "-1", "yes", "0", "x".repeat(300)).get(random.nextInt(7));
    }

    @SuppressWarnings("unchecked")
    private Object malformedBody(Schema<?> schema, Object value) {
        if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
            return List.of("not an object");
        }
        Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) map);
        List<String> keys = new ArrayList<>(body.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        Schema<?> property = resolve(schema).getProperties() == null ? null : resolve(schema).getProperties().get(key);
        switch (random.nextInt(5)) {
            case 0 -> {
                List<String> required = resolve(schema).getRequired();
                if (required != null && !required.isEmpty()) {
                    body.remove(required.get(random.nextInt(required.size())));
                } else {
                    body.put("unknownField", 1);
                }
            }
            case 1 -> body.put(key, value instanceof Map && body.get(key) instanceof String ? 12 : "text");
            case 2 -> {
                Schema<?> resolved = property == null ? null : resolve(property);
                if (resolved != null && resolved.getMaximum() != null) {
                    body.put(key, resolved.getMaximum().add(BigDecimal.ONE));
                } else if (resolved != null && "date".equals(resolved.getFormat())) {
                    body.put(key, "1999-12-31");
                } else {
                    body.put(key, List.of(1, 2));
                }
            }
            case 3 -> body.put("unknownField", "x");
            default -> body.put(key, null);
        }
        return body;
    }

    // --- the document

    @SuppressWarnings("unchecked")
    private Schema<?> resolve(Schema<?> schema) {
        while (schema != null && schema.get$ref() != null) {
            schema = document.getComponents().getSchemas().get(name(schema.get$ref()));
        }
        return schema;
    }

    private Parameter resolve(Parameter parameter) {
        return parameter.get$ref() == null ? parameter
                : document.getComponents().getParameters().get(name(parameter.get$ref()));
    }

    private RequestBody resolve(RequestBody body) {
        return body.get$ref() == null ? body : document.getComponents().getRequestBodies().get(name(body.get$ref()));
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
