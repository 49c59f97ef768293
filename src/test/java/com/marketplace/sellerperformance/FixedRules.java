package com.marketplace.sellerperformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The plumbing tests' frozen policy (see its README): the directory the service under test runs on
 * ({@code %test.rules.dir}), so that no plumbing test depends on the analysts' policy in rules/.
 */
public final class FixedRules {
    public static final Path DIR = Path.of("src", "test", "resources", "fixed-rules").toAbsolutePath().normalize();

    private FixedRules() {
    }

    /** The rule set's files by path (its scenarios under tests/ left out), as a draft is sent to the API. */
    public static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(DIR)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String relative = DIR.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith("tests/")) {
                    files.put(relative, Files.readString(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Replaces the directory {@code target} with a copy of the fixed set, scenarios included. */
    public static void copyTo(Path target) {
        try {
            if (Files.exists(target)) {
                try (Stream<Path> paths = Files.walk(target)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            try (Stream<Path> paths = Files.walk(DIR)) {
                for (Path path : paths.toList()) {
                    Path copy = target.resolve(DIR.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(path, copy);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@link #unfiredRules} go in a copy or a draft of the fixed set. */
    public static final String UNFIRED_FILE = "fba-onsite/measure/unfired.drl";

    /**
     * A rule file of rules that no scenario of the fixed set fires (and no decision: a daily check never
     * has fewer than zero affected units), named as given.
     */
    public static String unfiredRules(String... names) {
        StringBuilder drl = new StringBuilder("""
                package fbaonsite;

                import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckFacts;
                """);
        for (String name : names) {
            drl.append("\nrule \"").append(name).append("\"\nwhen\n    DailyCheckFacts(affectedUnits < 0)\nthen\nend\n");
        }
        return drl.toString();
    }
}
