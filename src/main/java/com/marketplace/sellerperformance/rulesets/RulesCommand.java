package com.marketplace.sellerperformance.rulesets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.engine.RuleCoverage;
import com.marketplace.sellerperformance.engine.RuleError;
import com.marketplace.sellerperformance.engine.RuleEvaluator;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetCompilationException;
import com.marketplace.sellerperformance.engine.RuleSetCompiler;
import com.marketplace.sellerperformance.engine.RuleSetLoader;
import com.marketplace.sellerperformance.engine.RulesConfig;
import com.marketplace.sellerperformance.engine.scenario.ScenarioResult;
import com.marketplace.sellerperformance.engine.scenario.ScenarioRunner;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.Headroom;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderClimb;
import com.marketplace.sellerperformance.fbaonsite.rules.StandingRules;
import com.marketplace.sellerperformance.fbaonsite.scenarios.FbaOnsiteScenarios;
import com.marketplace.sellerperformance.notices.NoticeTemplateCheck;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceProviderRules;
import com.marketplace.sellerperformance.serviceproviders.scenarios.ServiceProviderScenarios;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The analysts' command line, with no database and no server:
 * {@code validate [dir]} compiles a rules directory and lists its errors as file:line: message;
 * {@code test [dir] [coverage.json]} compiles it and runs its scenarios (dir/tests), printing each as
 * PASS or FAIL with what was expected and what the rules gave, each problem of the notice templates
 * rendered from what they decided (TEMPLATE file:line: message), then the rule coverage as a table (and
 * as JSON to the file when one is named). Exit code 0 only when all is well: every scenario passes,
 * every template renders in every language and every program's coverage reaches
 * {@code rules.coverage.minimum}.
 */
public final class RulesCommand {
    private RulesCommand() {
    }

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "test";
        Path rules = Path.of(args.length > 1 ? args[1] : System.getenv().getOrDefault("RULES_DIR", "rules"));
        int exit = switch (command) {
            case "validate" -> validate(rules, System.out);
            case "test" -> test(rules, args.length > 2 ? Path.of(args[2]) : null, coverageMinimum(), System.out);
            default -> {
                System.err.println("usage: RulesCommand validate|test [rules directory]");
                yield 2;
            }
        };
        System.exit(exit);
    }

    static int validate(Path rules, PrintStream out) {
        RuleSet ruleSet = compile(rules, out);
        if (ruleSet == null) {
            return 1;
        }
        out.println("valid: " + rules + " compiles, version " + ruleSet.version() + ", " + ruleSet.files().size()
                + " files, programs " + ruleSet.programs().keySet());
        return 0;
    }

    static int test(Path rules, Path coverageJson, double coverageMinimum, PrintStream out) {
        RuleSet ruleSet = compile(rules, out);
        if (ruleSet == null) {
            return 1;
        }
        List<ScenarioResult> results = scenarioRunner().runAll(ruleSet, rules.resolve("tests"));
        for (ScenarioResult result : results) {
            out.println((result.passed() ? "PASS " : "FAIL ") + result.file() + ": " + result.name());
            result.mismatches().forEach(mismatch -> out.println("     " + mismatch));
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.println("scenarios: " + (results.size() - failed) + " passed, " + failed + " failed");
        List<RuleError> templates = scenarioRunner().templates(ruleSet, results);
        templates.forEach(problem -> out.println("TEMPLATE " + problem));
        out.println("notice templates: " + (templates.isEmpty() ? "every one renders in every language"
                : templates.size() + " problem(s)"));
        RuleCoverage coverage = ScenarioRunner.coverage(ruleSet, results, coverageMinimum);
        out.print(coverage.table());
        if (coverageJson != null) {
            writeJson(coverage, coverageJson);
            out.println("rule coverage written to " + coverageJson);
        }
        return failed == 0 && templates.isEmpty() && coverage.meetsMinimum() ? 0 : 1;
    }

    /** The coverage as the API answers it, for tools and CI to read. */
    static void writeJson(RuleCoverage coverage, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), coverage);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rule coverage to " + file, e);
        }
    }

    /**
     * {@code rules.coverage.minimum} as the service reads it (system property, environment variable
     * RULES_COVERAGE_MINIMUM, then application.properties), outside the container.
     */
    static double coverageMinimum() {
        try {
            return new SmallRyeConfigBuilder().addDefaultSources()
                    .withSources(new PropertiesConfigSource(RulesCommand.class.getResource("/application.properties"), 250))
                    .build().getValue(RulesConfig.COVERAGE_MINIMUM, Double.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application.properties", e);
        }
    }

    private static RuleSet compile(Path rules, PrintStream out) {
        try {
            return new RuleSetLoader(new RuleSetCompiler()).load(rules);
        } catch (RuleSetCompilationException e) {
            out.println("invalid: " + rules + " does not compile");
            for (RuleError error : e.errors()) {
                out.println("  " + error);
            }
            return null;
        } catch (IllegalStateException e) {
            out.println("invalid: " + e.getMessage());
            return null;
        }
    }

    /** The scenario runner with every program's scenarios, outside the container (no CDI). */
    public static ScenarioRunner scenarioRunner() {
        RuleEvaluator evaluator = new RuleEvaluator();
        FbaOnsiteRules fbaOnsite = new FbaOnsiteRules(evaluator);
        return new ScenarioRunner(List.of(
                new FbaOnsiteScenarios(fbaOnsite, new LadderClimb(evaluator), new StandingRules(evaluator),
                        new Headroom(evaluator)),
                new ServiceProviderScenarios(new ServiceProviderRules(evaluator))), List.of(new NoticeTemplateCheck()));
    }
}
