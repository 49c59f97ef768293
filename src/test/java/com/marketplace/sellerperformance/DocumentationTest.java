package com.marketplace.sellerperformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone of the repository stands alone: every relative link in its Markdown resolves (file and
 * heading), every citation of the policy names a section of {@code docs/policy.md}, and nothing
 * cites a document the repository does not hold.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern POLICY_CITATION = Pattern.compile("docs/policy\\.md ((?:§[0-9.]+(?:[,–] ?|\\s?and\\s?)?)+)");
    private static final Pattern SECTION = Pattern.compile("§([0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern DOCUMENT_ELSEWHERE = Pattern.compile("\\b(POLICY|DESIGN|API|SPEC)\\.md\\b|\\bPOLICY [0-9]");

    /** Stored rule sets are kept byte for byte as they served; their text is history, not a citation. */
    private static final Path STORED_RULE_SETS = Path.of("src/test/resources/stored-rule-sets");

    @Test
    void everyRelativeLinkResolvesToAFileAndHeadingInTheRepository() {
        List<String> broken = new ArrayList<>();
        for (Path page : markdownPages()) {
            Matcher link = LINK.matcher(read(page));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*") || target.startsWith("<")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!Files.exists(resolved) || !resolved.startsWith(ROOT)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
                } else if (anchor != null && resolved.toString().endsWith(".md") && !anchors(resolved).contains(anchor)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken, "links that do not resolve inside the repository");
    }

    @Test
    void everyPolicyCitationNamesASectionOfThePolicyPage() {
        Set<String> sections = sectionsOfThePolicy();
        assertTrue(sections.containsAll(Set.of("0", "1.1", "1.8", "2.3", "3")), "policy sections found: " + sections);
        List<String> unknown = new ArrayList<>();
        int citations = 0;
        for (Path file : textFiles()) {
            Matcher citation = POLICY_CITATION.matcher(read(file));
            while (citation.find()) {
                Matcher section = SECTION.matcher(citation.group(1));
                while (section.find()) {
                    citations++;
                    if (!sections.contains(section.group(1))) {
                        unknown.add(ROOT.relativize(file) + ": §" + section.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), unknown, "citations of sections docs/policy.md does not have");
        assertTrue(citations >= 20, "the rule files and scenarios cite the policy's sections; found " + citations);
    }

    @Test
    void noFileCitesADocumentTheRepositoryDoesNotHold() {
        List<String> dangling = new ArrayList<>();
        for (Path file : textFiles()) {
            if (ROOT.relativize(file).startsWith(STORED_RULE_SETS)) {
                continue;
            }
            String[] lines = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher elsewhere = DOCUMENT_ELSEWHERE.matcher(lines[i]);
                if (elsewhere.find()) {
                    dangling.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + elsewhere.group());
                }
            }
        }
        assertEquals(List.of(), dangling, "citations of documents that are not in the repository");
    }

    private static Set<String> sectionsOfThePolicy() {
        return read(ROOT.resolve("docs/policy.md")).lines()
                .map(Pattern.compile("^#{2,3} ([0-9]+(?:\\.[0-9]+)?)[. ]")::matcher)
                .filter(Matcher::find)
                .map(heading -> heading.group(1))
                .collect(Collectors.toSet());
    }

    /** GitHub's anchors: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(Path page) {
        return read(page).lines()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }

    private static List<Path> markdownPages() {
        return textFiles().stream().filter(file -> file.toString().endsWith(".md")).toList();
    }

    private static List<Path> textFiles() {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        for (String folder : List.of("docs", "rules", "src", "k8s", ".ci")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
                walk.filter(Files::isRegularFile)
                        .filter(file -> !file.toString().matches(".*\\.(png|jar|gz|jsa|class|ico|woff2?)$"))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.removeIf(file -> file.endsWith("DocumentationTest.java"));
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException notText) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
