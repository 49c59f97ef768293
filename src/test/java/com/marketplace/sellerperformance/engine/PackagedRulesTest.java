package com.marketplace.sellerperformance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.marketplace.sellerperformance.engine.scenario.ScenarioResult;
import com.marketplace.sellerperformance.engine.scenario.ScenarioRunner;
import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderClimb;
import com.marketplace.sellerperformance.fbaonsite.rules.Rung;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderHistory;
import com.marketplace.sellerperformance.problems.BadInputException;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceProviderRules;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceSubmission;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The rules packaged and compiled at build time (what a native image serves) decide as the rules/
 * directory they were built from does, compiled at run time. (The service under test runs on the
 * tests' fixed rule set, so the directory is compiled here.)
 */
@QuarkusTest
class PackagedRulesTest {
    @Inject
    PackagedRuleSet packaged;

    @Inject
    ScenarioRunner scenarios;

    @Inject
    FbaOnsiteRules fba;

    @Inject
    LadderClimb ladder;

    @Inject
    ServiceProviderRules services;

    @Inject
    RuleSetCompiler compiler;

    /** rules/ compiled at run time, once for the tests that compare with it. */
    private static final class Directory {
        static final RuleSet RULES = new RuleSetLoader(new RuleSetCompiler()).load(Path.of("rules"));
    }

    @Test
    void thePackagedSetIsTheDirectoryItWasBuiltFrom() {
        RuleSet built = packaged.load().orElseThrow();
        RuleSet directory = Directory.RULES;
        assertEquals(directory.version(), built.version());
        assertEquals(directory.programs().keySet(), built.programs().keySet());
        for (String program : directory.programs().keySet()) {
            Map<String, KieBase> phases = directory.program(program).phases();
            assertEquals(phases.keySet(), built.program(program).phases().keySet(),
                    "META-INF/kmodule.xml declares a rule base for every phase folder of " + program);
            for (String phase : phases.keySet()) {
                assertEquals(ruleNames(phases.get(phase)), ruleNames(built.phase(program, phase)), program + "/" + phase);
            }
        }
    }

    /** Whether the scenarios pass is RuleScenariosTest's business; here both sets must give the same results. */
    @Test
    void everyScenarioGivesTheSameResultWithThePackagedAndTheRunTimeCompiledRules() {
        RuleSet built = packaged.load().orElseThrow();
        Path tests = Path.of("rules", "tests");
        List<ScenarioResult> withPackaged = scenarios.runAll(built, tests);
        List<ScenarioResult> withRunTime = scenarios.runAll(Directory.RULES, tests);
        assertFalse(withPackaged.isEmpty());
        assertEquals(withRunTime, withPackaged);
    }

    @Test
    void generatedSubmissionsAreDecidedAlikeByBothSets() {
        RuleSet built = packaged.load().orElseThrow();
        RuleSet runTime = Directory.RULES;
        Random random = new Random(20261122);
        List<String> families = List.of("CE", "CO", "MEDIA", "OHL", "SL");
        for (int i = 0; i < 300; i++) {
            LocalDate start = LocalDate.parse("2026-01-04").plusDays(random.nextInt(300));
            long shipped = random.nextInt(4) == 0 ? 0 : random.nextInt(2000);
            List<FbaSubmission.FamilyReturnsLine> returns = new ArrayList<>();
            for (String family : families) {
                if (random.nextBoolean()) {
                    returns.add(new FbaSubmission.FamilyReturnsLine(family, (long) random.nextInt(800),
                            (long) random.nextInt(20)));
                }
            }
            FbaSubmission submission = new FbaSubmission("S-GEN", start, start.plusDays(random.nextInt(35)), null,
                    shipped, (long) random.nextInt(12), (long) random.nextInt(8), (long) random.nextInt(12), returns);
            LadderHistory history = new LadderHistory(strikesBefore(start, random.nextInt(8)),
                    random.nextBoolean() ? List.of(start, start.plusDays(1), start.plusDays(2)) : List.of());
            assertEquals(describe(runTime, submission, history), describe(built, submission, history),
                    "submission " + submission);

            ServiceSubmission month = new ServiceSubmission("P-GEN", start, start.plusDays(30),
                    Map.of("5", (long) random.nextInt(50), "1", (long) random.nextInt(3)), 60L + random.nextInt(50),
                    (long) random.nextInt(5), (long) random.nextInt(2), (long) random.nextInt(2),
                    (long) random.nextInt(2), (long) random.nextInt(12), (long) random.nextInt(2));
            assertEquals(services.evaluate(runTime, month).missedMetrics(),
                    services.evaluate(built, month).missedMetrics(), "month " + month);
        }
    }

    @Test
    void theStartUpSelfCheckFindsRunTimeCompiledRulesInEffect() {
        compiler.verifyRunTimeCompilation();
    }

    private static Set<String> ruleNames(KieBase base) {
        Set<String> names = new TreeSet<>();
        base.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(p.getName() + "." + r.getName())));
        return names;
    }

    private static List<StrikeOnRecord> strikesBefore(LocalDate day, int count) {
        List<StrikeOnRecord> strikes = new ArrayList<>();
        Penalty[] ladder = {Penalty.FORMAL_WARNING, Penalty.FORMAL_WARNING, Penalty.PRIME_BADGE_REMOVAL};
        for (int i = 0; i < count; i++) {
            LocalDate issued = day.minusDays(7L * (i + 1));
            strikes.add(new StrikeOnRecord("s" + i, "LATE_PROCESSING_RATE", i + 1, issued, issued.plusDays(84),
                    i < 3 ? ladder[i] : Penalty.DEACTIVATION, i < 3 ? null : 7, i >= 3));
        }
        return strikes;
    }

    /** What the rules measure for the submission, and the strikes the ladder gives it after the history. */
    private String describe(RuleSet ruleSet, FbaSubmission submission, LadderHistory history) {
        try {
            FbaDecision d = fba.measure(ruleSet, submission, List.of());
            StringBuilder text = new StringBuilder(d.assessedOn().toString());
            d.metrics().forEach(m -> text.append(' ').append(m.getMetric()).append('=').append(m.getStatus())
                    .append('@').append(m.getMeasurement().getGoal()));
            ladder.step(new Rung(submission.periodStart(), submission.periodEnd(), d.assessedOn(),
                            d.metrics(), ruleSet), history)
                    .strikes().forEach(s -> text.append(" strike ").append(s.getNumber()).append(s.getMetric())
                    .append(s.getPenalty()).append(s.getMinimumDeactivationDays()));
            return text.toString();
        } catch (BadInputException rejected) {
            return "rejected " + rejected.errors();
        }
    }
}
