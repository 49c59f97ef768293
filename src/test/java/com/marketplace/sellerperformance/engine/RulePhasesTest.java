package com.marketplace.sellerperformance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.facts.MetricGoal;
import com.marketplace.sellerperformance.fbaonsite.facts.FbaPeriodFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The policy in phases as an analyst writes it: each phase folder is a rule base of its own, so a
 * session of one phase matches only that folder's rules; the tables run once per rule set and their
 * rows come with every session; a file or package out of place is refused with its name.
 */
class RulePhasesTest {
    private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final List<RuleFile> fixed = RuleSetLoader.readFiles(FixedRules.DIR);
    private final RuleSet rules = compiler.compile("fixed", fixed);

    @Test
    void eachPhaseFolderIsARuleBaseHoldingOnlyTheRulesWrittenInIt() {
        for (String program : List.of("fba-onsite", "services")) {
            ProgramRules compiled = rules.program(program);
            Set<String> folders = new TreeSet<>();
            fixed.stream().filter(RuleFile::isDrl).filter(file -> file.program().equals(program))
                    .forEach(file -> folders.add(file.phase()));
            assertEquals(folders, compiled.phases().keySet(), program);
            for (String phase : folders) {
                assertEquals(rulesWrittenIn(program, phase), ProgramRules.ruleNames(compiled.phases().get(phase)),
                        program + "/" + phase);
            }
        }
        assertEquals(Set.of("appeal", "calendar", "daily-check", "ladder", "measure", "standing", "tables"),
                rules.program("fba-onsite").phases().keySet());
        assertEquals(Set.of("account", "measure", "status", "tables"), rules.program("services").phases().keySet());
    }

    @Test
    void theTablesRunOnceAndTheirRowsComeWithEverySessionNamingTheRuleThatWroteThem() {
        List<Object> tableRows = rules.program("fba-onsite").facts();
        List<MetricGoal> goals = tableRows.stream().filter(MetricGoal.class::isInstance).map(MetricGoal.class::cast)
                .toList();
        assertEquals(4, goals.size(), "the four FBA Onsite goals, made once: " + tableRows);
        assertFalse(ProgramRules.ruleNames(rules.phase("fba-onsite", "measure")).contains("FBA Onsite metric goals"),
                "no table rule is in a phase that decides");

        RuleEvaluator evaluator = new RuleEvaluator();
        List<Evaluation> weeks = new ArrayList<>();
        for (long late : List.of(2L, 9L)) {
            weeks.add(evaluator.evaluate(rules, "fba-onsite", "measure", List.of(new FbaPeriodFacts("S-1",
                    LocalDate.parse("2026-11-08"), LocalDate.parse("2026-11-14"), null, 1000L, late, 0L, 0L))));
        }
        for (Evaluation week : weeks) {
            List<MetricGoal> seen = week.all(MetricGoal.class);
            assertEquals(goals.size(), seen.size());
            for (int i = 0; i < goals.size(); i++) {
                int index = i;
                assertTrue(seen.stream().anyMatch(goal -> goal == goals.get(index)),
                        "each session is given the same rows, not rows of its own");
            }
            assertTrue(week.firedRules().contains("FBA Onsite metric goals"),
                    "the goals' table decided this week too: " + week.firedRules());
            assertFalse(week.firedRules().contains("FBA Onsite penalty ladder"),
                    "a table no rule of the session used did not decide it: " + week.firedRules());
        }
    }

    @Test
    void aRuleFileOutsideThePhaseFoldersIsRefusedNamingIt() {
        List<RuleFile> files = new ArrayList<>(fixed);
        files.add(new RuleFile("fba-onsite/extra.drl", "package fbaonsite;\nrule \"extra\" when then end\n"));
        RuleSetCompilationException refused = assertThrows(RuleSetCompilationException.class,
                () -> compiler.compile("draft", files));
        assertEquals("fba-onsite/extra.drl", refused.errors().get(0).file());
        assertTrue(refused.errors().get(0).message().contains("move this file into the folder of the phase"),
                refused.getMessage());
    }

    @Test
    void twoPhasesSharingAPackageAreRefused() {
        List<RuleFile> files = new ArrayList<>(fixed);
        files.add(new RuleFile("fba-onsite/standing/more.drl", "package fbaonsite.measure;\n"
                + "rule \"more\" when then end\n"));
        RuleSetCompilationException refused = assertThrows(RuleSetCompilationException.class,
                () -> compiler.compile("draft", files));
        RuleError error = refused.errors().get(0);
        assertEquals("fba-onsite/standing/more.drl", error.file());
        assertEquals(1, error.line());
        assertTrue(error.message().contains("already the package of the measure phase"), error.message());
    }

    @Test
    void aTableRuleWithConditionsIsRefusedAtItsLine() {
        List<RuleFile> files = new ArrayList<>(fixed);
        files.add(new RuleFile("fba-onsite/tables/conditional.drl", "package fbaonsite.tables;\n"
                + "import com.marketplace.sellerperformance.fbaonsite.facts.FbaPeriodFacts;\n"
                + "rule \"A goal only for some weeks\"\nwhen\n    FbaPeriodFacts()\nthen\nend\n"));
        RuleSetCompilationException refused = assertThrows(RuleSetCompilationException.class,
                () -> compiler.compile("draft", files));
        RuleError error = refused.errors().get(0);
        assertEquals("fba-onsite/tables/conditional.drl", error.file());
        assertEquals(3, error.line());
        assertTrue(error.message().contains("never fires"), error.message());
    }

    private Set<String> rulesWrittenIn(String program, String phase) {
        Set<String> names = new TreeSet<>();
        fixed.stream().filter(RuleFile::isDrl)
                .filter(file -> file.program().equals(program) && file.phase().equals(phase))
                .forEach(file -> {
                    Matcher matcher = RULE.matcher(file.content());
                    while (matcher.find()) {
                        names.add(matcher.group(1));
                    }
                });
        return names;
    }

}
