package com.marketplace.sellerperformance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.FixedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy mounted from a ConfigMap: read through its ..data link, one whole version at a time. */
class ConfigMapRulesDirectoryTest {
    private static final Path RULES = FixedRules.DIR;
    private static final String GOALS = "fba-onsite/tables/goals.drl";

    @Test
    void aMountedConfigMapHoldsTheSameRuleSetAsTheRulesDirectory(@TempDir Path temp) {
        ConfigMapVolume volume = new ConfigMapVolume(temp.resolve("rules"));
        volume.publish(ConfigMapVolume.filesOf(RULES));

        List<RuleFile> mounted = RuleSetLoader.readFiles(volume.directory());

        assertEquals(RuleSetLoader.readFiles(RULES), mounted);
        assertEquals(RuleSetCompiler.versionOf(RuleSetLoader.readFiles(RULES)), RuleSetCompiler.versionOf(mounted));
        assertTrue(mounted.stream().noneMatch(file -> file.path().contains("..")), "..* entries were read as rule files");
    }

    @Test
    void aSwappedDataLinkIsSeenOnTheNextRead(@TempDir Path temp) {
        ConfigMapVolume volume = new ConfigMapVolume(temp.resolve("rules"));
        Map<String, String> files = ConfigMapVolume.filesOf(RULES);
        volume.publish(files);
        String before = RuleSetCompiler.versionOf(RuleSetLoader.readFiles(volume.directory()));

        Map<String, String> edited = new TreeMap<>(files);
        edited.put(GOALS, files.get(GOALS) + "\n// edited\n");
        volume.publish(edited);
        List<RuleFile> after = RuleSetLoader.readFiles(volume.directory());

        assertFalse(before.equals(RuleSetCompiler.versionOf(after)), "the new version was not seen");
        assertEquals(edited.get(GOALS), after.stream().filter(f -> f.path().equals(GOALS)).findFirst().orElseThrow()
                .content());
    }

    @Test
    void aReadDuringRepeatedSwapsAlwaysGetsOneWholeVersion(@TempDir Path temp) throws Exception {
        ConfigMapVolume volume = new ConfigMapVolume(temp.resolve("rules"));
        Map<String, String> first = ConfigMapVolume.filesOf(RULES);
        Map<String, String> second = new TreeMap<>();
        first.forEach((path, content) -> second.put(path, content + "\n// second version\n"));
        String firstVersion = versionOf(first);
        String secondVersion = versionOf(second);
        volume.publish(first);

        AtomicBoolean swapping = new AtomicBoolean(true);
        Thread kubelet = new Thread(() -> {
            try {
                for (int i = 0; i < 300; i++) {
                    volume.publish(i % 2 == 0 ? second : first);
                    Thread.sleep(2); // far more often than a kubelet, which syncs about once a minute
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                swapping.set(false);
            }
        });
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger reads = new AtomicInteger();
        kubelet.start();
        while (swapping.get()) {
            seen.add(RuleSetCompiler.versionOf(RuleSetLoader.readFiles(volume.directory())));
            reads.incrementAndGet();
        }
        kubelet.join();

        assertEquals(Set.of(firstVersion, secondVersion), seen,
                "a read mixed two versions, or the swaps were not seen: " + seen.size() + " versions seen in "
                        + reads + " reads");
    }

    @Test
    void hiddenEntriesOfAPlainDirectoryAreStillLeftOut(@TempDir Path temp) throws Exception {
        Files.createDirectories(temp.resolve("fba-onsite/tables"));
        Files.writeString(temp.resolve("fba-onsite/tables/goals.drl"), "package fbaonsite.tables;\n");
        Files.writeString(temp.resolve("fba-onsite/tables/.goals.drl.swp"), "editor state");
        Files.createDirectories(temp.resolve("tests"));
        Files.writeString(temp.resolve("tests/a.yaml"), "name: a\n");

        assertEquals(List.of("fba-onsite/tables/goals.drl"),
                RuleSetLoader.readFiles(temp).stream().map(RuleFile::path).toList());
    }

    private static String versionOf(Map<String, String> files) {
        return ConfigMapVolume.versionOf(files);
    }
}
