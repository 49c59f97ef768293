package com.marketplace.sellerperformance.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fact classes that moved since a stored rule set was written: older rule files import them by
 * their old names. Only a stored version compiled again is rewritten; what is stored stays as it served.
 */
final class FactRenames {
    private static final String RESOURCE = "META-INF/renamed-fact-classes.properties";
    private static final Map<String, String> RENAMES = load();

    private FactRenames() {
    }

    static List<RuleFile> applyTo(List<RuleFile> files) {
        return files.stream().map(file -> new RuleFile(file.path(), rename(file.content()))).toList();
    }

    private static String rename(String content) {
        String renamed = content;
        for (Map.Entry<String, String> rename : RENAMES.entrySet()) {
            renamed = renamed.replaceAll(Pattern.quote(rename.getKey()) + "\\b",
                    Matcher.quoteReplacement(rename.getValue()));
        }
        return renamed;
    }

    private static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = FactRenames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        // Longest first, so that no name is rewritten through a shorter one that prefixes it.
        Map<String, String> renames = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        properties.forEach((from, to) -> renames.put((String) from, (String) to));
        return renames;
    }
}
