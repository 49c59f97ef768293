package com.marketplace.sellerperformance.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service, started on a copy of rules/ with a broken file, or with a file whose code
 * reaches beyond deciding, refuses to start and names file and line (and the rule and reference).
 */
class BrokenRulesStartupIT {

    @Test
    void theServiceDoesNotStartOnRulesThatDoNotCompile(@TempDir Path temp) throws Exception {
        Path rules = temp.resolve("rules");
        copy(Path.of("rules"), rules);
        Path broken = rules.resolve("fba-onsite/measure/statuses.drl");
        List<String> lines = Files.readAllLines(broken);
        int line = lines.indexOf("rule \"Metric within its goal is met\"") + 1;
        assertTrue(line > 0, "the anchor rule is missing");
        lines.set(line - 1, "rule \"Metric within its goal is met\" oops");
        Files.write(broken, lines);

        Started started = startOn(rules, temp);
        assertTrue(started.ended(), "the service kept running on broken rules:\n" + started.output());
        assertNotEquals(0, started.exitValue());
        assertTrue(started.output().contains("fba-onsite/measure/statuses.drl:" + line + ":"),
                "no file:line for the broken rule in:\n" + started.output());
    }

    @Test
    void theServiceDoesNotStartOnRulesThatReachBeyondDeciding(@TempDir Path temp) throws Exception {
        Path rules = temp.resolve("rules");
        copy(Path.of("rules"), rules);
        Path created = temp.resolve("pwned");
        Files.writeString(rules.resolve("fba-onsite/measure/a.drl"), "package fbaonsite;\nrule \"r\" when then try { new java.io.File(\""
                + created.toString().replace('\\', '/') + "\").createNewFile(); } catch (Exception e) {} end\n");

        Started started = startOn(rules, temp);
        assertTrue(started.ended(), "the service kept running on forbidden rules:\n" + started.output());
        assertNotEquals(0, started.exitValue());
        assertTrue(started.output().contains("fba-onsite/measure/a.drl:2: rule \"r\" uses java.io.File.createNewFile"),
                "no file, rule and reference in:\n" + started.output());
        assertFalse(Files.exists(created), "the refused rule ran");
    }

    private record Started(boolean ended, int exitValue, String output) {
    }

    private static Started startOn(Path rules, Path temp) throws Exception {
        Path log = temp.resolve("startup.log");
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("RULES_DIR", rules.toString());
        // a schema of this run's own: the tests' schema (as %test.db.schema, overridable by the
        // _TEST_DB_SCHEMA environment variable) with "_it", so parallel runs never clean each other's
        builder.environment().put("DB_SCHEMA",
                System.getenv().getOrDefault("_TEST_DB_SCHEMA", "seller_performance_test") + "_it");
        builder.environment().put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        builder.environment().put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        Process service = builder.start();
        boolean ended = service.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            service.destroyForcibly();
        }
        return new Started(ended, ended ? service.exitValue() : -1, Files.readString(log, StandardCharsets.UTF_8));
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
