package com.marketplace.sellerperformance.rulesets;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.DraftValidation;
import com.marketplace.sellerperformance.engine.ReloadOutcome;
import com.marketplace.sellerperformance.engine.RuleCoverage;
import com.marketplace.sellerperformance.engine.RuleError;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleCodeRefusedException;
import com.marketplace.sellerperformance.engine.RuleSetCompilationException;
import com.marketplace.sellerperformance.engine.RuleSetCompiler;
import com.marketplace.sellerperformance.engine.RuleSetReloader;
import com.marketplace.sellerperformance.engine.scenario.ScenarioResult;
import com.marketplace.sellerperformance.engine.scenario.ScenarioRunner;
import com.marketplace.sellerperformance.records.Caller;
import com.marketplace.sellerperformance.web.Idempotent;
import com.marketplace.sellerperformance.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class RulesResource {
    private static final String TESTS = "tests/";

    private final ActiveRuleSet active;
    private final RuleSetReloader reloader;
    private final RuleSetCompiler compiler;
    private final ScenarioRunner scenarios;
    private final Caller caller;

    public RulesResource(ActiveRuleSet active, RuleSetReloader reloader, RuleSetCompiler compiler,
                         ScenarioRunner scenarios, Caller caller) {
        this.active = active;
        this.reloader = reloader;
        this.compiler = compiler;
        this.scenarios = scenarios;
        this.caller = caller;
    }

    public record FileView(String path, String sha256) {
    }

    public record ReloadView(Instant at, ReloadOutcome.Status status, String version, List<RuleError> errors,
                             List<String> failedScenarios, List<RuleError> templates, List<String> coverageBelowMinimum,
                             long millis, String by) {
        static ReloadView of(ReloadOutcome outcome) {
            return outcome == null ? null : new ReloadView(outcome.at(), outcome.status(), outcome.version(),
                    outcome.errors(), outcome.failedScenarios(), outcome.templates(), outcome.coverageBelowMinimum(),
                    outcome.millis(), outcome.by());
        }
    }

    /**
     * A draft that compiles: its version, how much of it the scenarios fire (with their failures), and
     * each problem of its notice templates rendered from what they decided (file, line, message).
     */
    public record DraftReport(boolean valid, String version, List<RuleError> errors, List<String> failedScenarios,
                              List<RuleError> templates, RuleCoverage coverage) {
    }

    public record RulesView(String version, Instant loadedAt, String source, List<FileView> files,
                            ReloadView lastReload) {
    }

    /** A draft rule set: path (as under rules/, e.g. fba-onsite/tables/goals.drl) → text. */
    public record Draft(@NotNull @NotEmpty Map<String, String> files) {
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Operation(summary = "The rule set serving decisions: version, files, load time and the last reload")
    public RulesView rules() {
        RuleSet ruleSet = active.current();
        return new RulesView(ruleSet.version(), ruleSet.loadedAt(), ruleSet.source(),
                ruleSet.files().stream().map(f -> new FileView(f.path(), f.sha256())).toList(),
                ReloadView.of(reloader.lastReload()));
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/coverage")
    @Operation(summary = "How much of the rule set serving decisions its scenarios (rules/tests/) fire: per program"
            + " the rules, those fired, the percentage and the rules none fires; per rule how many scenarios fire it")
    public RuleCoverage coverage() {
        return reloader.coverage();
    }

    @RolesAllowed({Roles.ANALYST})
    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compile a draft rule set in isolation; 422 with file, line and message per error, or a 422 problem when its code reaches beyond deciding",
            description = "Activates nothing. A draft that compiles is run through the scenarios (its own under"
                    + " tests/, else those of the rules directory): the ones that fail, each problem of its notice"
                    + " templates (templates: file, line, message) rendered in every language from what they"
                    + " decided, and its rule coverage, held against the minimum, are answered with it.")
    public Response validate(@NotNull(message = "a JSON body is required") @Valid Draft draft) {
        try {
            RuleSet compiled = compiler.compileDraft(draft.files());
            DraftValidation valid = DraftValidation.valid(compiled);
            List<ScenarioResult> results = draftScenarios(compiled, draft.files());
            return Response.ok(new DraftReport(valid.valid(), valid.version(), valid.errors(),
                    results.stream().filter(result -> !result.passed()).map(ScenarioRunner::describe).toList(),
                    scenarios.templates(compiled, results),
                    ScenarioRunner.coverage(compiled, results, reloader.coverageMinimum()))).build();
        } catch (RuleCodeRefusedException e) {
            throw e; // a problem of its own (ProblemShapes): what the code reaches, not a compile error
        } catch (RuleSetCompilationException e) {
            return Response.status(422).entity(DraftValidation.invalid(e)).build();
        }
    }

    /** The draft's own scenarios (files under tests/), or else the rules directory's. */
    private List<ScenarioResult> draftScenarios(RuleSet draft, Map<String, String> files) {
        Map<String, String> own = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith(TESTS)) {
                own.put(path.substring(TESTS.length()), text == null ? "" : text);
            }
        });
        return own.isEmpty() ? scenarios.runAll(draft, reloader.directory().resolve("tests"))
                : scenarios.runAll(draft, own);
    }

    @RolesAllowed({Roles.ANALYST})
    @Idempotent
    @POST
    @Path("/reload")
    @Operation(summary = "Load the rules directory now; a set that fails to compile, fails its scenarios or whose"
            + " notice templates do not render is reported (422) and the running one stays")
    public Response reload() {
        ReloadOutcome outcome = reloader.reload(caller.name());
        return Response.status(outcome.ok() ? 200 : 422).entity(rules()).build();
    }
}
