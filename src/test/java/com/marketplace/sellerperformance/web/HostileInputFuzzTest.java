package com.marketplace.sellerperformance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.testing.AsTester;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.ServicesApi;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated hostile bodies at every write endpoint: each is a valid body broken in one way that
 * makes it invalid whatever else it holds. Every answer must be a 4xx problem (application/problem+json
 * whose status is the response's) that names no class or stack frame, and no row may be written.
 *
 * <p>The bodies come from a seed, printed as {@code fuzz seed: N} and named in every failure: the same
 * seed gives the same bodies. {@code -Dfuzz.seed=N} repeats a run, {@code -Dfuzz.seed=random} draws a
 * new seed; without it the seed is {@value #DEFAULT_SEED}, so an ordinary build is repeatable.
 */
@QuarkusTest
class HostileInputFuzzTest {
    static final long DEFAULT_SEED = 20261123L;
    private static final int BODIES_PER_ENDPOINT = 160;
    private static final String ID = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Rows rows;

    /**
     * The run's seed: the fuzz.seed system property, a new one for "random" (kept in the property, so
     * the whole run uses the one printed), or the default.
     */
    static synchronized long seed() {
        String value = System.getProperty("fuzz.seed", "").strip();
        if (value.equalsIgnoreCase("random")) {
            value = Long.toString(new SecureRandom().nextLong());
            System.setProperty("fuzz.seed", value);
        }
        return value.isEmpty() ? DEFAULT_SEED : Long.parseLong(value);
    }

    @BeforeAll
    static void printTheSeed() {
        System.out.println("fuzz seed: " + seed() + " (repeat with -Dfuzz.seed=" + seed() + ")");
    }

    /** An endpoint, a valid body for it, and which of its fields are whole numbers and which are text. */
    record Target(String method, String path, Map<String, Object> validBody, List<String> numbers, List<String> texts) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Target> targets() {
        return List.of(
                new Target("POST", "/api/v1/fba-onsite/assessments", Submission.forNewSeller().returns("CE", 10, 1).body(),
                        List.of("unitsShipped", "unitsLateProcessed", "unitsCancelled", "unitsLateHandover"),
                        List.of("sellerId", "periodStart", "periodEnd")),
                new Target("POST", "/api/v1/fba-onsite/daily-checks", map("sellerId", "S-FUZZ", "day", "2026-11-10",
                        "fastTrackPendingUnits", 0, "cancelledUnits", 6, "lateProcessedUnits", 0, "lateHandoverUnits", 0,
                        "affectedUnits", 100),
                        List.of("fastTrackPendingUnits", "cancelledUnits", "lateProcessedUnits", "lateHandoverUnits",
                                "affectedUnits"), List.of("sellerId", "day")),
                new Target("POST", "/api/v1/services/evaluations", ServicesApi.cleanMonth(),
                        List.of("completedOrders", "cancelledOrders", "happinessGuaranteeClaims", "completedLate"),
                        List.of("providerId", "periodStart")),
                new Target("PUT", "/api/v1/sellers/S-FUZZ/return-targets/2026-Q4", map("target", 0.012),
                        List.of(), List.of()),
                new Target("POST", "/api/v1/sellers/S-FUZZ/plans-of-action", map("rootCause", "a",
                        "correctiveActions", "b", "preventiveActions", "c"), List.of(),
                        List.of("rootCause", "correctiveActions")),
                new Target("POST", "/api/v1/plans-of-action/" + ID + "/decision", map("approved", true,
                        "decidedOn", "2026-09-01"), List.of(), List.of("decidedOn")),
                new Target("POST", "/api/v1/fba-onsite/assessments/" + ID + "/appeals", map("metric",
                        "LATE_PROCESSING_RATE", "missesAppealed", 1, "reason", "r"), List.of("missesAppealed"),
                        List.of("metric", "reason")),
                new Target("POST", "/api/v1/appeals/" + ID + "/decision", map("accepted", true, "missesAccepted", 1,
                        "decidedOn", "2026-09-01"), List.of("missesAccepted"), List.of("decidedOn")),
                new Target("POST", "/api/v1/services/providers/P-FUZZ/account-actions", map("action", "START_REVIEW",
                        "on", "2026-01-01"), List.of(), List.of("action", "on")),
                new Target("POST", "/api/v1/services/providers/P-FUZZ/improvement-plans", map("improvementPlan", "p"),
                        List.of(), List.of("improvementPlan")),
                new Target("POST", "/api/v1/services/improvement-plans/" + ID + "/decision", map("approved", true,
                        "decidedOn", "2026-01-01"), List.of(), List.of("decidedOn")),
                new Target("POST", "/api/v1/rules/validate", map("files", Map.of("x.drl", "package x;")), List.of(),
                        List.of()),
                new Target("POST", "/api/v1/rules/backtest", map("files", Map.of("x.drl", "package x;"),
                        "from", "2026-01-01", "to", "2026-02-01"), List.of(), List.of("from", "to")));
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void generatedHostileBodiesAreRefusedCleanlyAndWriteNothing(Target target) throws Exception {
        long seed = seed();
        String run = "fuzz seed " + seed + ", " + target + ": ";
        Map<String, Long> before = rows.count();
        List<String> failures = new ArrayList<>();
        for (String body : bodies(target, seed)) {
            Response response = AsTester.given().contentType(ContentType.JSON).body(body)
                    .request(target.method(), target.path());
            String fault = fault(response);
            if (fault != null) {
                failures.add(fault + " for " + abbreviate(body) + " → " + abbreviate(response.asString()));
            }
        }
        assertTrue(failures.isEmpty(), run + failures.size() + " of " + BODIES_PER_ENDPOINT + " bodies answered badly, e.g. "
                + failures.subList(0, Math.min(3, failures.size())));
        assertEquals(before, rows.count(), run + "rows written by refused requests");
    }

    /**
     * The bodies for one endpoint: drawn from a random source seeded with the run's seed and the
     * endpoint, so each endpoint's bodies are the same whatever runs before it. jqwik samples from its
     * thread's source of randomness, which SourceOfRandomness.create seeds (as a property's seed does).
     */
    static List<String> bodies(Target target, long seed) {
        long endpointSeed = seed * 31 + target.toString().hashCode();
        net.jqwik.engine.SourceOfRandomness.create(Long.toString(endpointSeed));
        return hostileBodies(target).sampleStream().limit(BODIES_PER_ENDPOINT).toList();
    }

    /** What a client would notice about the answer to a hostile body, or null if it is a clean refusal. */
    private static String fault(Response response) {
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            return "status " + status;
        }
        String contentType = response.contentType();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "content type " + contentType;
        }
        String answer = response.asString();
        if (answer.contains("Exception") || answer.contains("java.") || answer.contains("com.marketplace")
                || answer.contains("org.hibernate") || answer.contains("\tat ")) {
            return "a class or stack frame in the answer";
        }
        try {
            JsonNode problem = JSON.readTree(answer);
            if (problem == null || problem.path("status").asInt() != status || problem.path("title").asText().isBlank()) {
                return "a problem without its status " + status + " or a title";
            }
        } catch (IOException unreadable) {
            return "an answer that is not JSON";
        }
        return null;
    }

    /** A valid body broken in one way that no other content can repair. */
    private static Arbitrary<String> hostileBodies(Target target) {
        List<String> fields = new ArrayList<>(target.validBody().keySet());
        Arbitrary<String> unknownField = Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(12)
                .filter(name -> !fields.contains(name))
                .flatMap(name -> anyValue().map(value -> write(with(target, "zz" + name, value))));
        Arbitrary<String> wrongShape = Arbitraries.of(fields).flatMap(field -> Arbitraries.integers().between(1, 5)
                .map(n -> write(with(target, field, List.of(Map.of("x" + n, List.of(n)))))));
        Arbitrary<String> truncated = Arbitraries.integers().between(1, 10_000).map(cut -> {
            String json = write(target.validBody());
            return json.substring(0, Math.max(1, json.length() - 1 - cut % (json.length() - 1)));
        });
        Arbitrary<String> notJson = Arbitraries.strings().ofMinLength(1).ofMaxLength(200)
                .filter(text -> !text.isBlank() && !text.strip().startsWith("{") && !text.strip().startsWith("["))
                .filter(text -> !text.strip().matches("-?[0-9.eE+]+|true|false|null|\".*\""));
        Arbitrary<String> deepNesting = Arbitraries.integers().between(1_100, 3_000)
                .map(depth -> "{\"" + fields.get(0) + "\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
        List<Arbitrary<String>> kinds = new ArrayList<>(List.of(unknownField, wrongShape, truncated, notJson, deepNesting));
        if (!target.numbers().isEmpty()) {
            kinds.add(Arbitraries.of(target.numbers()).flatMap(field -> Arbitraries.oneOf(
                    Arbitraries.longs().between(Long.MIN_VALUE, -1).map(n -> with(target, field, n)).map(HostileInputFuzzTest::write),
                    Arbitraries.strings().numeric().ofMinLength(20).ofMaxLength(60)
                            .map(digits -> write(target.validBody()).replace("\"" + field + "\":" + target.validBody().get(field),
                                    "\"" + field + "\":9" + digits)),
                    Arbitraries.doubles().between(0.01, 1e6).filter(d -> d != Math.rint(d))
                            .map(d -> write(with(target, field, d))))));
        }
        if (!target.texts().isEmpty()) {
            kinds.add(Arbitraries.of(target.texts()).flatMap(field -> Arbitraries.oneOf(
                    Arbitraries.integers().between(-5, 5).map(n -> write(with(target, field, n))),
                    Arbitraries.just(write(with(target, field, "x".repeat(20_000)))),
                    Arbitraries.just(write(with(target, field, null))))));
        }
        return Arbitraries.oneOf(kinds);
    }

    private static Arbitrary<Object> anyValue() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30).map(s -> (Object) s),
                Arbitraries.longs().map(n -> (Object) n), Arbitraries.just(null), Arbitraries.just(List.of()),
                Arbitraries.just(Map.of()));
    }

    private static Map<String, Object> with(Target target, String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(target.validBody());
        body.put(field, value);
        return body;
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
