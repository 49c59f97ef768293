package com.marketplace.sellerperformance.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ImageMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.kie.api.KieBase;

/**
 * Loads the rules directory the way a policy bundle is swapped: the new set is compiled and its
 * scenarios run off to the side, and only a set that passes them, whose notice templates render from
 * what they decide, with its rule coverage at the minimum, replaces the running one, in one atomic step. A failed attempt leaves the running set
 * serving and is kept for GET /api/v1/rules, health and metrics.
 */
@ApplicationScoped
public class RuleSetReloader {
    private static final Logger LOG = Logger.getLogger(RuleSetReloader.class);

    private static final String DEFAULT_DIRECTORY = "rules";

    private final RuleSetLoader loader;
    private final RuleSetCompiler compiler;
    private final PackagedRuleSet packaged;
    private final ScenarioCheck scenarios;
    private final ActiveRuleSet active;
    private final RuleSetStore versions;
    private final RulesConfig config;
    private final MeterRegistry metrics;
    private final AtomicReference<ReloadOutcome> last = new AtomicReference<>();
    private final AtomicReference<Coverage> coverage = new AtomicReference<>();
    private Meter activeVersionGauge;
    private boolean runTimeCompilationVerified;

    public RuleSetReloader(RuleSetLoader loader, RuleSetCompiler compiler, PackagedRuleSet packaged,
                           ScenarioCheck scenarios, ActiveRuleSet active, RuleSetStore versions,
                           RulesConfig config, MeterRegistry metrics) {
        this.loader = loader;
        this.compiler = compiler;
        this.packaged = packaged;
        this.scenarios = scenarios;
        this.active = active;
        this.versions = versions;
        this.config = config;
        this.metrics = metrics;
    }

    public Path directory() {
        return Path.of(config.dir().orElse(DEFAULT_DIRECTORY)).toAbsolutePath().normalize();
    }

    /**
     * Whether rules can be compiled while running: not in a native image, nor when configuration
     * says so ({@code rules.run-time-compilation=false}, which makes a JVM behave as a native image).
     */
    public static boolean canCompileAtRunTime() {
        return ImageMode.current() != ImageMode.NATIVE_RUN
                && ConfigProvider.getConfig().getOptionalValue(RulesConfig.RUN_TIME_COMPILATION, Boolean.class)
                        .orElse(true);
    }

    /**
     * The first load at start: the rules directory, compiled now; or, in a native image or when no
     * directory is set and rules/ does not exist, the packaged copy compiled at build time. Only
     * compile errors stop the service; failed scenarios are reported.
     */
    public synchronized RuleSet loadAtStart() {
        long started = System.nanoTime();
        boolean useDirectory = canCompileAtRunTime()
                && (config.dir().isPresent() || Files.isDirectory(directory()));
        RuleSet ruleSet;
        if (useDirectory) {
            ruleSet = loadReusingBuildTimeRules();
        } else {
            ruleSet = packaged.load().orElseThrow(() -> new IllegalStateException(
                    "No rules: " + directory() + " does not exist and no packaged rule set was built in"));
        }
        List<String> failed;
        List<RuleError> templates;
        List<String> belowMinimum;
        if (Files.isDirectory(directory())
                && ScenariosCheckedAtBuild.covers(ruleSet.version(), RuleSetLoader.snapshotOf(directory()).resolve("tests"))) {
            // The build fails below the minimum, so a set it recorded meets it.
            LOG.infof("Scenarios not run at start: the build ran these scenarios on rule set %s and all passed",
                    ruleSet.version());
            failed = List.of();
            templates = List.of();
            belowMinimum = List.of();
        } else {
            ScenarioCheck.Outcome checked = runScenarios(ruleSet);
            failed = checked.failures();
            templates = checked.templates();
            belowMinimum = shortfalls(checked);
        }
        failed.forEach(failure -> LOG.warnf("Scenario failing with the rules at start: %s", failure));
        templates.forEach(problem -> LOG.warnf("Notice template failing with the rules at start: %s", problem));
        belowMinimum.forEach(shortfall -> LOG.warnf("At start, %s", shortfall));
        versions.remember(ruleSet);
        activate(ruleSet);
        record(new ReloadOutcome(Instant.now(), failed.isEmpty() && templates.isEmpty() && belowMinimum.isEmpty()
                ? ReloadOutcome.Status.OK : ReloadOutcome.Status.FAILED, ruleSet.version(), List.of(), failed, templates,
                belowMinimum, elapsed(started), "start-up"));
        return ruleSet;
    }

    /**
     * Loads the directory again (only the programs that differ from the packaged ones are compiled);
     * the running set stays unless the new one compiles, passes its scenarios and they fire at least
     * the minimum share of its rules.
     */
    public synchronized ReloadOutcome reload(String by) {
        if (!canCompileAtRunTime()) {
            throw new CompilationUnavailableException(
                    "Rules cannot be compiled in the native image; it serves the rules packaged at build time");
        }
        long started = System.nanoTime();
        RuleSet candidate;
        try {
            candidate = loadReusingBuildTimeRules();
        } catch (RuleSetCompilationException e) {
            return failed(null, e.errors(), List.of(), List.of(), List.of(), started, by);
        } catch (RuntimeException e) {
            return failed(null, List.of(new RuleError("", 0, e.getMessage())), List.of(), List.of(), List.of(), started,
                    by);
        }
        ScenarioCheck.Outcome checked = runScenarios(candidate);
        if (!checked.failures().isEmpty() || !checked.templates().isEmpty()) {
            return failed(candidate.version(), List.of(), checked.failures(), checked.templates(), List.of(), started,
                    by);
        }
        List<String> belowMinimum = shortfalls(checked);
        if (!belowMinimum.isEmpty()) {
            return failed(candidate.version(), List.of(), List.of(), List.of(), belowMinimum, started, by);
        }
        if (!candidate.version().equals(active.current().version())) {
            versions.remember(candidate);
            activate(candidate);
        }
        ReloadOutcome outcome = new ReloadOutcome(Instant.now(), ReloadOutcome.Status.OK, candidate.version(), List.of(),
                List.of(), List.of(), List.of(), elapsed(started), by);
        record(outcome);
        LOG.infof("Rule set %s active (compiled, scenarios passed and swapped in %d ms)", candidate.version(),
                outcome.millis());
        return outcome;
    }

    /**
     * The directory's rules, with the rule base compiled at build time for each program whose files
     * are the packaged ones: only the programs that differ are compiled now (the first time after a
     * check that run-time compilation takes effect).
     */
    private RuleSet loadReusingBuildTimeRules() {
        Path root = directory();
        if (!Files.isDirectory(root)) {
            return loader.load(root);
        }
        List<RuleFile> files = RuleSetLoader.readFiles(root);
        Map<String, Map<String, KieBase>> built = packaged.builtFor(files);
        if (!built.keySet().containsAll(RuleSetCompiler.programsOf(files))) {
            verifyRunTimeCompilation();
        }
        LOG.infof("Rules in %s: programs %s as compiled at build time, %s compiled now", root, built.keySet(),
                RuleSetCompiler.programsOf(files).stream().filter(p -> !built.containsKey(p)).toList());
        return compiler.compile(root.toString(), files, built);
    }

    /** Once, before the first rules compiled while running: they must be the ones served. */
    private void verifyRunTimeCompilation() {
        if (!runTimeCompilationVerified) {
            compiler.verifyRunTimeCompilation();
            runTimeCompilationVerified = true;
        }
    }

    public ReloadOutcome lastReload() {
        return last.get();
    }

    private ReloadOutcome failed(String version, List<RuleError> errors, List<String> failedScenarios,
                                 List<RuleError> templates, List<String> belowMinimum, long started, String by) {
        ReloadOutcome outcome = new ReloadOutcome(Instant.now(), ReloadOutcome.Status.FAILED, version, errors, failedScenarios,
                templates, belowMinimum, elapsed(started), by);
        record(outcome);
        LOG.warnf("Rules in %s not activated; %s stays. Errors: %s Failed scenarios: %s Templates: %s Coverage: %s",
                directory(), active.current().version(), errors, failedScenarios, templates, belowMinimum);
        return outcome;
    }

    /**
     * The rule coverage of the active set by the scenarios of the rules directory, with the minimum it
     * is held to: kept from the last run of the scenarios on this set, else run now. When the packaged
     * copy serves (no rules directory, or a native image) the coverage the build found for it.
     */
    public RuleCoverage coverage() {
        RuleSet ruleSet = active.current();
        Coverage known = coverage.get();
        if (known != null && known.version().equals(ruleSet.version())
                && known.coverage().minimum() == config.coverage().minimum()) {
            return known.coverage();
        }
        if (!canCompileAtRunTime() || !Files.isDirectory(directory())) {
            Optional<RuleCoverage> packaged = ScenariosCheckedAtBuild.coverageOf(ruleSet.version());
            if (packaged.isPresent()) {
                return packaged.get();
            }
        }
        return runScenarios(ruleSet).coverage();
    }

    /** The minimum share of each program's rules that its scenarios must fire, in percent. */
    public double coverageMinimum() {
        return config.coverage().minimum();
    }

    /** The scenarios of the rules directory run on a set; the coverage kept for {@link #coverage()} by the set's version. */
    private ScenarioCheck.Outcome runScenarios(RuleSet ruleSet) {
        // Through the ..data link of a ConfigMap mount when there is one (see RuleSetLoader.readFiles).
        Path tests = Files.isDirectory(directory()) ? RuleSetLoader.snapshotOf(directory()).resolve("tests")
                : directory().resolve("tests");
        ScenarioCheck.Outcome checked = scenarios.check(ruleSet, tests, config.coverage().minimum());
        coverage.set(new Coverage(ruleSet.version(), checked.coverage()));
        return checked;
    }

    /** Below the minimum; never without a rules directory (the packaged copy's coverage was held to it at build). */
    private List<String> shortfalls(ScenarioCheck.Outcome checked) {
        return Files.isDirectory(directory()) ? checked.coverage().shortfalls() : List.of();
    }

    private record Coverage(String version, RuleCoverage coverage) {
    }

    private void activate(RuleSet ruleSet) {
        active.activate(ruleSet);
        if (activeVersionGauge != null) {
            metrics.remove(activeVersionGauge);
        }
        activeVersionGauge = Gauge.builder("rules.active", () -> 1)
                .description("The rule set serving decisions, by version")
                .tag("version", ruleSet.version())
                .register(metrics);
    }

    private void record(ReloadOutcome outcome) {
        last.set(outcome);
        Counter.builder("rules.reloads").description("Loads of the rules directory, by outcome")
                .tag("outcome", outcome.status().name().toLowerCase()).register(metrics).increment();
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
