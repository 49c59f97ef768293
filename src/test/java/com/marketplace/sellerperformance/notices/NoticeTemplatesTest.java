package com.marketplace.sellerperformance.notices;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.ASSESSMENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.engine.RuleFile;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.testing.ServicesApi;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The analysts' notice templates checked like their rules: every template of every program, in
 * every language it has a message bundle for, rendered from what the scenarios of rules/tests/
 * decide (each FBA Onsite scenario's weeks assessed for a seller of its own, its summaries and its
 * decision events) and from a Services suspension. A template or message that does not parse, names
 * a field or message that does not exist, or a language missing a message fails here, before any
 * seller is sent a broken mail. Both the analysts' rules/ and the plumbing tests' fixed rules.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeTemplatesTest {
    @Inject
    NoticeTemplates templates;
    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;

    private final List<Map<String, Object>> summaries = new ArrayList<>();
    private final Map<String, List<Map<String, Object>>> noticesByProgram = new LinkedHashMap<>();

    /** Decided once for the class, on its first test (the service answers only from then on). */
    private void decideTheScenariosWeeks() throws IOException {
        if (!summaries.isEmpty()) {
            return;
        }
        List<String> subjects = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rules", "tests", "fba-onsite"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Submission seller = Submission.forNewSeller();
                subjects.add(seller.sellerId());
                Map<String, Object> scenario = new Yaml().load(Files.readString(file));
                List<?> assessments = (List<?>) scenario.getOrDefault("assessments", List.of());
                for (Object assessment : assessments) {
                    Map<String, Object> body = asText((Map<?, ?>) ((Map<?, ?>) assessment).get("facts"));
                    body.put("sellerId", seller.sellerId());
                    String id = given().contentType(ContentType.JSON).body(body).post(ASSESSMENTS)
                            .then().extract().path("assessmentId");
                    if (id != null) {
                        summaries.add(given().accept(ContentType.JSON).get(ASSESSMENTS + "/" + id + "/summary")
                                .then().statusCode(200).extract().as(new io.restassured.common.mapper.TypeRef<>() { }));
                    }
                }
            }
        }
        Map<String, Object> month = ServicesApi.cleanMonth();
        ServicesApi.evaluate(month).statusCode(201);
        String provider = (String) month.get("providerId");
        subjects.add(provider);
        given().contentType(ContentType.JSON).body(Map.of("action", "SUSPEND", "on", "2026-03-01",
                        "reinstatesOn", "2026-03-15", "improvementPlanRequired", false))
                .post("/api/v1/services/providers/" + provider + "/account-actions").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("action", "START_REVIEW", "on", "2026-03-01"))
                .post("/api/v1/services/providers/" + ServicesApi.newProvider() + "/account-actions");

        for (String payload : payloadsOf(subjects)) {
            Map<String, Object> event = json.readValue(payload, new TypeReference<>() { });
            Map<String, Object> notice = new LinkedHashMap<>();
            notice.put("kind", event.get("type"));
            notice.put("program", event.get("program"));
            notice.put("subjectId", event.get("subjectId"));
            notice.put("effectiveOn", event.get("effectiveOn"));
            notice.put("details", event.get("details"));
            noticesByProgram.computeIfAbsent((String) event.get("program"), p -> new ArrayList<>()).add(notice);
        }
        assertTrue(summaries.size() > 20, "the scenarios' weeks were assessed: " + summaries.size());
        assertTrue(noticesByProgram.get("fba-onsite").stream().map(n -> n.get("kind")).distinct().count() >= 4);
        assertFalse(noticesByProgram.getOrDefault("services", List.of()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules", "src/test/resources/fixed-rules"})
    void everyTemplateRendersInEveryLanguageForWhatTheScenariosDecide(String directory) throws IOException {
        decideTheScenariosWeeks();
        RuleSet ruleSet = ruleSetOf(Path.of(directory));
        for (String program : List.of("fba-onsite", "services")) {
            List<String> locales = templates.locales(ruleSet, program);
            assertTrue(locales.containsAll(List.of("en", "pt-BR")), program + " is written in both languages");
            for (String locale : locales) {
                for (String template : templates.templates(ruleSet, program)) {
                    List<Map<String, Object>> data = template.equals("summary")
                            ? summaries.stream().map(s -> Map.<String, Object>of("summary", s)).toList()
                            : noticesByProgram.getOrDefault(program, List.of()).stream()
                                    .map(n -> Map.<String, Object>of("notice", n)).toList();
                    for (Map<String, Object> one : data) {
                        NoticeKind kind = template.equals("summary") ? NoticeKind.PERFORMANCE_SUMMARY
                                : NoticeKind.valueOf((String) ((Map<?, ?>) one.get("notice")).get("kind"));
                        NoticeTemplates.Rendered rendered = templates.render(ruleSet, program, template, kind, locale, one);
                        assertFalse(rendered.subject().isBlank(), () -> program + " " + kind + " " + locale);
                        assertFalse(rendered.text().isBlank());
                        assertTrue(rendered.html().contains("</html>"));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules/fba-onsite/notices", "rules/services/notices"})
    void everyLanguageHasEveryMessage(String folder) throws IOException {
        Properties english = messages(Path.of(folder, "messages_en.properties"));
        Properties portuguese = messages(Path.of(folder, "messages_pt_BR.properties"));
        assertEquals(new java.util.TreeSet<>(english.stringPropertyNames()),
                new java.util.TreeSet<>(portuguese.stringPropertyNames()));
    }

    private static Properties messages(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file)));
        return properties;
    }

    private List<String> payloadsOf(List<String> subjects) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> payloads = entityManager.createNativeQuery("SELECT CAST(payload AS text) FROM"
                            + " {h-schema}decision_event WHERE subject_id IN (:subjects) ORDER BY id")
                    .setParameter("subjects", subjects).getResultList();
            return payloads;
        });
    }

    /** Scenario facts as a request body: YAML's dates written back as days. */
    private static Map<String, Object> asText(Map<?, ?> facts) {
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        day.setTimeZone(TimeZone.getTimeZone("UTC"));
        Map<String, Object> body = new LinkedHashMap<>();
        facts.forEach((key, value) -> body.put((String) key, value instanceof Date date ? day.format(date) : value));
        return body;
    }

    private static RuleSet ruleSetOf(Path directory) {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith("tests/")) {
                    files.add(new RuleFile(relative, Files.readString(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleSet("check " + directory + " " + Instant.now(), directory.toString(), Instant.now(), files,
                Map.of(), Map.of());
    }
}
