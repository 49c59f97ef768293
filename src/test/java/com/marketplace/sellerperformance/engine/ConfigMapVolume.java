package com.marketplace.sellerperformance.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A directory laid out and updated the way the kubelet does it for a mounted ConfigMap (or a
 * projected volume): each version of the files is written whole into a new {@code ..<timestamp>}
 * folder, the {@code ..data} link is swapped to it in one rename, every top-level entry is a link
 * through {@code ..data}, and the previous version is then deleted.
 */
public final class ConfigMapVolume {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Path directory;

    public ConfigMapVolume(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Publishes a new version of the files (relative path → content). */
    public void publish(Map<String, String> files) {
        try {
            Files.createDirectories(directory);
            Path data = directory.resolve("..data");
            Path previous = Files.isSymbolicLink(data) ? directory.resolve(Files.readSymbolicLink(data)) : null;
            String version = String.format("..2026_11_23_12_00_00.%09d", SEQUENCE.incrementAndGet());
            Path next = directory.resolve(version);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = next.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            Path newLink = directory.resolve("..data_tmp");
            Files.deleteIfExists(newLink);
            Files.createSymbolicLink(newLink, Path.of(version));
            Files.move(newLink, data, StandardCopyOption.ATOMIC_MOVE);
            for (String topLevel : new TreeMap<>(files).keySet().stream().map(p -> p.split("/")[0]).distinct().toList()) {
                Path link = directory.resolve(topLevel);
                if (!Files.isSymbolicLink(link)) {
                    Files.createSymbolicLink(link, Path.of("..data", topLevel));
                }
            }
            if (previous != null) {
                deleteTree(previous);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a plain directory (e.g. rules/), relative path → content. */
    public static Map<String, String> filesOf(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A new volume at {@code directory} (whatever was there is removed) holding {@code files}. */
    public static ConfigMapVolume recreate(Path directory, Map<String, String> files) {
        try {
            deleteTree(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConfigMapVolume volume = new ConfigMapVolume(directory);
        volume.publish(files);
        return volume;
    }

    /** The rule set version of these files (scenarios under tests/ are not part of it). */
    public static String versionOf(Map<String, String> files) {
        return RuleSetCompiler.versionOf(new TreeMap<>(files).entrySet().stream()
                .filter(file -> !file.getKey().startsWith("tests/"))
                .map(file -> new RuleFile(file.getKey(), file.getValue())).toList());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
