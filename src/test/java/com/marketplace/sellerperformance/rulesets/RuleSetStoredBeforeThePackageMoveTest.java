package com.marketplace.sellerperformance.rulesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.RuleFile;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetHistory;
import com.marketplace.sellerperformance.engine.RuleSetLoader;
import com.marketplace.sellerperformance.engine.RuleSetStore;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;
import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderClimb;
import com.marketplace.sellerperformance.fbaonsite.rules.Rung;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderHistory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rule set that served decisions before the fact classes moved out of
 * {@code com.marketplace.sellerperformance.policy} still reproduces them: stored as it served, it is
 * compiled again under its stored version (the moved classes imported by their names now, see
 * META-INF/renamed-fact-classes.properties) and decides like the current rules.
 *
 * <p>The stored set is the repository's {@code rules/} as it was just before the move, kept under
 * {@code src/test/resources/stored-rule-sets/before-the-package-move/}; its DRL imports every fact
 * class as {@code com.marketplace.sellerperformance.policy.X}.
 */
@QuarkusTest
class RuleSetStoredBeforeThePackageMoveTest {
    private static final Path STORED_FILES = Path.of("src/test/resources/stored-rule-sets/before-the-package-move");
    private static final String OLD_PACKAGE = "com.marketplace.sellerperformance.policy.";

    @Inject
    RuleSetStore store;

    @Inject
    RuleSetHistory history;

    @Inject
    ActiveRuleSet active;

    @Inject
    RuleSetLoader loader;

    @Inject
    FbaOnsiteRules fbaOnsite;

    @Inject
    LadderClimb ladder;

    private static List<RuleFile> oldFiles;
    private static String oldVersion;
    private static RuleSet currentRules;

    @BeforeEach
    void storeTheRuleSetAsItServedBeforeTheMove() throws IOException {
        if (oldVersion != null) {
            return;
        }
        oldFiles = read(STORED_FILES);
        oldVersion = versionOf(oldFiles);
        // As the service kept it when it served: files and version, nothing compiled.
        store.remember(new RuleSet(oldVersion, "stored before the package move", Instant.parse("2026-11-01T00:00:00Z"),
                oldFiles, Map.of()));
        // The rule set the plumbing tests serve (a frozen copy of the policy), so an edit of rules/ fails only scenarios.
        currentRules = loader.load(FixedRules.DIR);
    }

    @Test
    void theStoredFilesImportFactClassesByTheirOldNames() {
        assertTrue(oldFiles.stream().filter(RuleFile::isDrl).allMatch(file -> file.content().contains(OLD_PACKAGE)),
                "every stored DRL file imports from " + OLD_PACKAGE);
        assertNotEquals(active.current().version(), oldVersion);
    }

    @Test
    void aStoredVersionFromBeforeTheMoveCompilesUnderTheVersionItWasStoredWith() {
        RuleSet compiled = history.version(oldVersion);

        assertEquals(oldVersion, compiled.version());
        assertTrue(compiled.programs().containsKey(FbaOnsiteRules.PROGRAM), "compiled programs: " + compiled.programs().keySet());
        assertTrue(compiled.programs().containsKey("services"), "compiled programs: " + compiled.programs().keySet());
        assertEquals(contents(oldFiles), contents(compiled.files()), "the rule set keeps its files as they served");
        assertEquals(contents(oldFiles), contents(store.files(oldVersion).orElseThrow()),
                "the stored files are not rewritten");
    }

    @Test
    void aStoredVersionFromBeforeTheMoveMeasuresASubmissionLikeTheCurrentRules() {
        RuleSet compiled = history.version(oldVersion);
        for (FbaSubmission submission : List.of(missingTwoMetrics(), exemptInASmallWeek(), withoutReturns())) {
            FbaDecision then = fbaOnsite.measure(compiled, submission, List.of());
            FbaDecision now = fbaOnsite.measure(currentRules, submission, List.of());

            assertEquals(oldVersion, then.ruleSetVersion());
            assertEquals(now.assessedOn(), then.assessedOn());
            assertEquals(describe(now.metrics()), describe(then.metrics()), "metrics of " + submission);
            // The stored set is from before phases: its tables fired in every session, so it names them all.
            assertTrue(then.firedRules().containsAll(now.firedRules()), "rules fired for " + submission + ": then "
                    + then.firedRules() + ", now " + now.firedRules());
        }
        List<String> statuses = describe(fbaOnsite.measure(compiled, missingTwoMetrics(), List.of()).metrics());
        assertTrue(statuses.stream().anyMatch(s -> s.startsWith("LATE_PROCESSING_RATE MISSED")), statuses.toString());
        assertTrue(statuses.stream().anyMatch(s -> s.startsWith("CUSTOMER_RETURNS_RATE MET")), statuses.toString());
    }

    @Test
    void aStoredVersionFromBeforeTheMoveIssuesTheStrikesAndPenaltiesOfTheCurrentRules() {
        RuleSet compiled = history.version(oldVersion);
        FbaSubmission week = missingTwoMetrics();
        LocalDate day = week.periodEnd().plusDays(1);
        LadderHistory threeEarlierStrikes = new LadderHistory(List.of(
                strikeOnRecord(1, day.minusDays(21), Penalty.FORMAL_WARNING),
                strikeOnRecord(2, day.minusDays(14), Penalty.FORMAL_WARNING),
                strikeOnRecord(3, day.minusDays(7), Penalty.PRIME_BADGE_REMOVAL)), List.of());

        List<MetricResult> metricsThen = fbaOnsite.measure(compiled, week, List.of()).metrics();
        List<MetricResult> metricsNow = fbaOnsite.measure(currentRules, week, List.of()).metrics();
        List<Strike> then = ladder.step(new Rung(week.periodStart(), week.periodEnd(), day, metricsThen,
                compiled), threeEarlierStrikes).strikes();
        List<Strike> now = ladder.step(new Rung(week.periodStart(), week.periodEnd(), day, metricsNow,
                currentRules), threeEarlierStrikes).strikes();

        assertEquals(describeStrikes(now), describeStrikes(then));
        assertEquals(List.of("4 LATE_PROCESSING_RATE DEACTIVATION", "5 SHIPMENT_CANCELLATION_RATE DEACTIVATION"),
                then.stream().map(s -> s.getNumber() + " " + s.getMetric() + " " + s.getPenalty()).toList());
        assertFalse(then.isEmpty());
    }

    /** 7 of 1000 units late (over 0.6 %), 5 cancelled (over 0.4 %), returns under the store target. */
    private static FbaSubmission missingTwoMetrics() {
        return new FbaSubmission("S-STORED-RULES", LocalDate.parse("2026-10-04"), LocalDate.parse("2026-10-10"), null,
                1000L, 7L, 5L, 0L, List.of(new FbaSubmission.FamilyReturnsLine("CE", 600L, 9L),
                        new FbaSubmission.FamilyReturnsLine("OHL", 400L, 5L)));
    }

    /** 2 of 100 units late: over the goal but inside the weekly allowance. */
    private static FbaSubmission exemptInASmallWeek() {
        return new FbaSubmission("S-STORED-RULES", LocalDate.parse("2026-10-11"), LocalDate.parse("2026-10-17"), null,
                100L, 2L, 1L, 2L, List.of(new FbaSubmission.FamilyReturnsLine("MEDIA", 100L, 3L)));
    }

    /** A 10-day special-event period with an assessment day of its own and no returns. */
    private static FbaSubmission withoutReturns() {
        return new FbaSubmission("S-STORED-RULES", LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-29"),
                LocalDate.parse("2026-12-01"), 500L, 3L, 0L, 4L, null);
    }

    private static StrikeOnRecord strikeOnRecord(int number, LocalDate issuedOn, Penalty penalty) {
        return new StrikeOnRecord("earlier-" + number, "LATE_HANDOVER_RATE", number, issuedOn, issuedOn.plusDays(84),
                penalty, null, false);
    }

    private static List<String> describe(List<MetricResult> metrics) {
        return metrics.stream().map(m -> m.getMetric() + " " + m.getStatus() + " " + m.getMeasurement().getNumerator()
                + "/" + m.getMeasurement().getDenominator() + " goal " + m.getMeasurement().getGoal()
                + " " + m.getMeasurement().getComparison() + " allowance " + m.getMeasurement().getAllowance()).toList();
    }

    private static List<String> describeStrikes(List<Strike> strikes) {
        return strikes.stream().map(s -> s.getNumber() + " " + s.getMetric() + " " + s.getIssuedOn() + ".."
                + s.getExpiresOn() + " " + s.getPenalty() + " " + s.getMinimumDeactivationDays() + " "
                + s.isPlanOfActionRequired()).toList();
    }

    private static Map<String, String> contents(List<RuleFile> files) {
        return files.stream().collect(Collectors.toMap(RuleFile::path, RuleFile::content));
    }

    private static List<RuleFile> read(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .map(relative -> new RuleFile(relative, readString(root.resolve(relative))))
                    .toList();
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version as the service names rule sets: SHA-256 over each file's path and content, in path order. */
    private static String versionOf(List<RuleFile> sortedFiles) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : sortedFiles) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
