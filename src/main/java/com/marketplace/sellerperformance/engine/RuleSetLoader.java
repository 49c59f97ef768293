package com.marketplace.sellerperformance.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a rules directory into a rule set. Every regular file belongs to the set (and to its
 * version) except the analysts' scenarios under {@code tests/} and hidden files.
 */
@ApplicationScoped
public class RuleSetLoader {
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

    static List<RuleFile> readFiles(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
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
