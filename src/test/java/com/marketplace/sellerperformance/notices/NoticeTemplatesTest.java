package com.marketplace.sellerperformance.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.RuleError;
import com.marketplace.sellerperformance.engine.RuleFile;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetCompiler;
import com.marketplace.sellerperformance.engine.RuleSetLoader;
import com.marketplace.sellerperformance.engine.TemplateCheck;
import com.marketplace.sellerperformance.engine.scenario.ScenarioResult;
import com.marketplace.sellerperformance.engine.scenario.ScenarioRunner;
import com.marketplace.sellerperformance.rulesets.RulesCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analysts' notice templates checked like their rules ({@link NoticeTemplateCheck}): every
 * template of every program, in every language it has a message bundle for, rendered from what the
 * scenarios of the set decide. The analysts' rules/ and the plumbing tests' fixed rules pass; an
 * unknown message, a Qute syntax error or a language missing a message is named by file and line.
 */
class NoticeTemplatesTest {
    private static final ScenarioRunner SCENARIOS = RulesCommand.scenarioRunner();
    private static final Path RULES = Path.of("rules");

    private static RuleSet load(Path directory) {
        return new RuleSetLoader(new RuleSetCompiler()).load(directory);
    }

    private static List<RuleError> check(RuleSet ruleSet, Path scenarios) {
        return SCENARIOS.templates(ruleSet, SCENARIOS.runAll(ruleSet, scenarios));
    }

    /** The same compiled rules, with one file of the wording edited (its version changes with it). */
    private static RuleSet edited(RuleSet ruleSet, String path, UnaryOperator<String> edit) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile file : ruleSet.files()) {
            files.add(file.path().equals(path) ? new RuleFile(path, edit.apply(file.content())) : file);
        }
        return new RuleSet(ruleSet.version() + "+" + path + edit.apply("").hashCode(), ruleSet.source(),
                ruleSet.loadedAt(), files, ruleSet.programs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules", "src/test/resources/fixed-rules"})
    void everyTemplateRendersInEveryLanguageFromWhatTheScenariosDecide(String directory) {
        RuleSet ruleSet = load(Path.of(directory));
        List<ScenarioResult> results = SCENARIOS.runAll(ruleSet, Path.of(directory, "tests"));
        Set<String> kinds = new TreeSet<>();
        results.forEach(result -> result.told().forEach(told -> kinds.add(told.program() + " " + told.kind())));
        assertTrue(kinds.containsAll(List.of("fba-onsite PERFORMANCE_SUMMARY", "fba-onsite STRIKE_ISSUED",
                "fba-onsite DEACTIVATED", "fba-onsite PRIME_BADGE_REMOVED")), "what the scenarios tell: " + kinds);
        if (directory.equals("rules")) {
            assertTrue(kinds.containsAll(List.of("fba-onsite REACTIVATED", "services ACCOUNT_STATUS_CHANGED")),
                    "what the scenarios tell: " + kinds);
        }
        NoticeTemplates templates = new NoticeTemplates(new ActiveRuleSet());
        for (String program : List.of("fba-onsite", "services")) {
            assertTrue(templates.locales(ruleSet, program).containsAll(List.of("en", "pt-BR")),
                    program + " is written in both languages");
        }
        assertEquals(List.of(), SCENARIOS.templates(ruleSet, results));
    }

    @Test
    void anUnknownMessageIsNamedWithTheTemplateAndLineThatAsksForIt() {
        RuleSet ruleSet = edited(load(RULES), "fba-onsite/notices/summary.txt",
                text -> text.replace("{msg:summary_intro}", "{msg:summary_introduction}"));
        List<RuleError> problems = check(ruleSet, RULES.resolve("tests"));
        assertTrue(problems.contains(new RuleError("fba-onsite/notices/summary.txt", 3,
                "fba-onsite/notices/messages_en.properties has no message summary_introduction (en, PERFORMANCE_SUMMARY)")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("messages_pt_BR.properties has no message"
                + " summary_introduction")), problems.toString());
    }

    @Test
    void aSyntaxErrorIsNamedWithItsFileAndLine() {
        RuleSet ruleSet = edited(load(RULES), "services/notices/notice.html",
                text -> text + "\n{#if notice.details.reinstatesOn??}unclosed\n");
        List<RuleError> problems = check(ruleSet, RULES.resolve("tests"));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("services/notices/notice.html", problems.get(0).file());
        assertTrue(problems.get(0).line() > 1, problems.toString());
    }

    @Test
    void aLanguageMissingAMessageIsNamed() {
        RuleSet ruleSet = edited(load(RULES), "fba-onsite/notices/messages_pt_BR.properties",
                text -> text.replaceAll("(?m)^summary_noStrikes=.*$", ""));
        List<RuleError> problems = check(ruleSet, RULES.resolve("tests"));
        assertTrue(problems.get(0).file().equals("fba-onsite/notices/messages_pt_BR.properties")
                && problems.get(0).message().startsWith("no message summary_noStrikes (fba-onsite/notices/"
                        + "messages_en.properties line "), problems.toString());
    }

    @Test
    void aFieldTheDecisionsDoNotHaveIsNamed() {
        RuleSet ruleSet = edited(load(RULES), "fba-onsite/notices/notice.txt",
                text -> text.replace("{msg:greetingNotice},", "{msg:greetingNotice}, {notice.sellerName}"));
        List<RuleError> problems = check(ruleSet, RULES.resolve("tests"));
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("fba-onsite/notices/notice.txt") && p.line() == 1
                && p.message().contains("sellerName")), problems.toString());
    }

    @Test
    void aProgramWithoutNoticesHasNothingToCheck() {
        RuleSet ruleSet = load(RULES);
        RuleSet rulesOnly = new RuleSet(ruleSet.version() + "-rules-only", ruleSet.source(), ruleSet.loadedAt(),
                ruleSet.files().stream().filter(f -> !f.path().contains("/notices/")).toList(), ruleSet.programs());
        assertEquals(List.of(), new NoticeTemplateCheck().check(rulesOnly, List.of(new TemplateCheck.Told(
                "fba-onsite", "summary", "PERFORMANCE_SUMMARY", "summary", Map.of(), List.of()))));
    }
}
