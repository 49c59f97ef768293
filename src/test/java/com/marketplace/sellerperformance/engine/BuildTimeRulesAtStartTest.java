package com.marketplace.sellerperformance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * A start on a rules directory that holds the packaged policy serves the rule bases compiled at
 * build time and compiles only the programs whose files differ; scenarios are skipped only for the
 * very rules and scenarios the build checked.
 */
@QuarkusTest
class BuildTimeRulesAtStartTest {
    @Inject
    PackagedRuleSet packaged;

    @Inject
    RuleSetCompiler compiler;

    @Test
    void everyProgramOfThePackagedPolicyIsTakenAsBuilt() {
        List<RuleFile> files = RuleSetLoader.readFiles(Path.of("rules"));
        assertEquals(Set.of("fba-onsite", "services"), packaged.builtFor(files).keySet());
    }

    @Test
    void aProgramWithOneFileChangedIsCompiledAndTheOtherTakenAsBuilt() {
        List<RuleFile> files = RuleSetLoader.readFiles(Path.of("rules")).stream()
                .map(file -> file.path().equals("fba-onsite/tables/goals.drl")
                        ? new RuleFile(file.path(), file.content() + "\n// changed\n") : file)
                .toList();
        Map<String, Map<String, KieBase>> built = packaged.builtFor(files);
        assertEquals(Set.of("services"), built.keySet());

        RuleSet served = compiler.compile("changed", files, built);
        assertEquals(Set.of("fba-onsite", "services"), served.programs().keySet());
        assertSame(built.get("services").get("measure"), served.phase("services", "measure"));
        assertNotSame(packaged.builtFor(RuleSetLoader.readFiles(Path.of("rules"))).get("fba-onsite").get("measure"),
                served.phase("fba-onsite", "measure"));
    }

    @Test
    void theBuildsRecordNamesTheRulesAndEveryScenarioFile(@TempDir Path copy) throws IOException {
        Path scenarios = Path.of("rules", "tests");
        try (Stream<Path> paths = Files.walk(scenarios)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(scenarios.relativize(path).toString());
                Files.createDirectories(target.getParent());
                Files.copy(path, target);
            }
        }
        String checked = ScenariosCheckedAtBuild.fingerprint("v1", copy);
        assertEquals(checked, ScenariosCheckedAtBuild.fingerprint("v1", scenarios));
        assertNotEquals(checked, ScenariosCheckedAtBuild.fingerprint("v2", copy));

        Path one;
        try (Stream<Path> paths = Files.walk(copy)) {
            one = paths.filter(path -> path.toString().endsWith(".yaml")).findFirst().orElseThrow();
        }
        Files.writeString(one, Files.readString(one) + "\n# edited\n");
        assertNotEquals(checked, ScenariosCheckedAtBuild.fingerprint("v1", copy));
    }
}
