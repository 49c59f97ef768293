package com.marketplace.sellerperformance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The native image's reflection configuration names every fact (the classes of a {@code policy}
 * or {@code facts} package) and every DTO (records and enums) of the service, and nothing else:
 * Jackson and the rules reach them by reflection, which a native image allows only for the
 * classes registered at build time. When classes are added, moved or removed, the test writes
 * the configuration it expects to target/reflect-config.json.
 */
class NativeReflectionConfigTest {
    private static final Path CONFIG =
            Path.of("src/main/resources/META-INF/native-image/com.marketplace/seller-performance/reflect-config.json");
    private static final Path CLASSES = Path.of("target/classes");
    private static final String ROOT = "com.marketplace.sellerperformance";

    @Test
    void everyFactAndDtoIsRegisteredForReflection() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        TreeSet<String> registered = new TreeSet<>();
        if (Files.exists(CONFIG)) {
            for (JsonNode entry : json.readTree(CONFIG.toFile())) {
                registered.add(entry.path("name").asText());
            }
        }
        TreeSet<String> expected = factsAndDtos();

        if (!expected.equals(registered)) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (String name : expected) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", name);
                entry.put("allDeclaredConstructors", true);
                entry.put("allPublicConstructors", true);
                entry.put("allDeclaredMethods", true);
                entry.put("allPublicMethods", true);
                entry.put("allDeclaredFields", true);
                entry.put("allPublicFields", true);
                entries.add(entry);
            }
            Files.createDirectories(Path.of("target"));
            json.writeValue(Path.of("target", "reflect-config.json").toFile(), entries);
        }
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(registered);
        TreeSet<String> stale = new TreeSet<>(registered);
        stale.removeAll(expected);
        assertEquals("missing [] stale []", "missing " + missing + " stale " + stale,
                "copy target/reflect-config.json (written now) to " + CONFIG);
    }

    private static TreeSet<String> factsAndDtos() throws IOException, ClassNotFoundException {
        TreeSet<String> names = new TreeSet<>();
        Path packageRoot = CLASSES.resolve(ROOT.replace('.', '/'));
        try (Stream<Path> files = Files.walk(packageRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('\\', '/').replace('/', '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, NativeReflectionConfigTest.class.getClassLoader());
                if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
                    continue;
                }
                boolean fact = Arrays.asList(type.getPackageName().split("\\."))
                        .stream().anyMatch(segment -> segment.equals("policy") || segment.equals("facts"));
                if (fact || type.isRecord() || type.isEnum()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
