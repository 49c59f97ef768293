package com.marketplace.sellerperformance.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a rules directory into a rule set. Every regular file belongs to the set (and to its
 * version) except the analysts' scenarios under {@code tests/} and hidden files (which include a
 * ConfigMap mount's {@code ..data} and {@code ..<timestamp>} entries).
 */
@ApplicationScoped
public class RuleSetLoader {
    /** The link through which a mounted ConfigMap's current files are reached. */
    static final String CONFIG_MAP_DATA = "..data";

    private final RuleSetCompiler compiler;

    public RuleSetLoader(RuleSetCompiler compiler) {
        this.compiler = compiler;
    }

    public RuleSet load(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("The rules directory " + root + " does not exist;"
                    + " set RULES_DIR (config rules.dir) to the folder holding the policy's DRL files");
        }
        return compiler.compile(root.toString(), readFiles(root));
    }

    /**
     * The files of the rule set in a directory. A Kubernetes ConfigMap mount is read through its
     * {@code ..data} link: the kubelet writes each new version of the files into a fresh
     * {@code ..<timestamp>} folder, swaps that link to it in one step, then deletes the previous
     * folder. A read counts only if the link still points where it did when the read began, so
     * the files returned all come from one version, never from a set half written or half
     * deleted. The {@code ..*} entries themselves are not rule files.
     */
    static List<RuleFile> readFiles(Path directory) {
        for (int attempt = 1; ; attempt++) {
            Path root = snapshotOf(directory);
            try {
                List<RuleFile> files = readTree(root);
                if (root.equals(snapshotOf(directory))) {
                    return files;
                }
            } catch (UncheckedIOException e) {
                if (root.equals(snapshotOf(directory))) {
                    throw e;
                }
            }
            if (attempt == 5) {
                throw new IllegalStateException("The rules directory " + directory + " kept changing while read");
            }
        }
    }

    /** The folder holding one version of the files: the target of {@code ..data} when there is one. */
    static Path snapshotOf(Path directory) {
        Path data = directory.resolve(CONFIG_MAP_DATA);
        for (int attempt = 1; ; attempt++) {
            try {
                return (Files.isDirectory(data) ? data : directory).toRealPath();
            } catch (IOException e) {
                // The link can name a folder the kubelet is deleting just as it swaps the link: ask again.
                if (attempt == 5 || !Files.isSymbolicLink(data)) {
                    throw new UncheckedIOException("Cannot read the rules directory " + directory, e);
                }
            }
        }
    }

    private static List<RuleFile> readTree(Path root) {
        try (Stream<Path> paths = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(RuleSetLoader::belongsToRuleSet)
                    .sorted()
                    .map(relative -> new RuleFile(relative, read(root.resolve(relative))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rules directory " + root, e);
        }
    }

    private static boolean belongsToRuleSet(String relativePath) {
        if (relativePath.startsWith("tests/")) {
            return false;
        }
        for (String segment : relativePath.split("/")) {
            if (segment.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule file " + file, e);
        }
    }
}
