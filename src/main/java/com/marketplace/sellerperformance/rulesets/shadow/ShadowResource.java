package com.marketplace.sellerperformance.rulesets.shadow;

import com.marketplace.sellerperformance.engine.DraftValidation;
import com.marketplace.sellerperformance.engine.RuleCodeRefusedException;
import com.marketplace.sellerperformance.engine.RuleSetCompilationException;
import com.marketplace.sellerperformance.engine.ShadowRuleSet;
import com.marketplace.sellerperformance.problems.NotFoundException;
import com.marketplace.sellerperformance.records.Caller;
import com.marketplace.sellerperformance.rulesets.RulesResource;
import com.marketplace.sellerperformance.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rules/shadow")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class ShadowResource {
    /** How many of the latest disagreements the summary lists. */
    static final int RECENT = 50;

    private final ShadowInstallation installation;
    private final ShadowStore store;
    private final ShadowRuleSet shadow;
    private final Caller caller;

    public ShadowResource(ShadowInstallation installation, ShadowStore store, ShadowRuleSet shadow, Caller caller) {
        this.installation = installation;
        this.store = store;
        this.shadow = shadow;
        this.caller = caller;
    }

    public record ShadowView(String version, Instant since, String installedBy, boolean comparing, long decisions,
                             long disagreements, Map<String, ShadowStore.Counts> byKind, Map<String, Long> byPath,
                             List<ShadowStore.Disagreement> recent) {
    }

    @RolesAllowed({Roles.ANALYST})
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Install a draft rule set as the shadow: it decides beside the active set from now on,"
            + " storing and publishing nothing of its own",
            description = "The draft must compile and pass the rule-code check (422 as validate), not the scenarios."
                    + " It replaces any shadow before it, and its comparisons.")
    public Response install(@NotNull(message = "a JSON body is required") @Valid RulesResource.Draft draft) {
        try {
            installation.install(draft.files(), caller.name());
        } catch (RuleCodeRefusedException e) {
            throw e; // a problem of its own (ProblemShapes): what the code reaches, not a compile error
        } catch (RuleSetCompilationException e) {
            return Response.status(422).entity(DraftValidation.invalid(e)).build();
        }
        return Response.ok(view()).build();
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Operation(summary = "How often and where the shadow rule set decided differently from the active one; 404 when none is installed")
    public ShadowView view() {
        ShadowStore.Installation installed = store.installed()
                .orElseThrow(() -> new NotFoundException("No shadow rule set is installed"));
        Map<String, ShadowStore.Counts> byKind = store.countsByKind(installed.since());
        return new ShadowView(installed.version(), installed.since(), installed.by(),
                shadow.installed().filter(s -> s.since().equals(installed.since())).isPresent(),
                byKind.values().stream().mapToLong(ShadowStore.Counts::decisions).sum(),
                byKind.values().stream().mapToLong(ShadowStore.Counts::disagreements).sum(),
                byKind, store.disagreementsByPath(installed.since()), store.recent(installed.since(), RECENT));
    }

    @RolesAllowed({Roles.ANALYST})
    @DELETE
    @Operation(summary = "Remove the shadow rule set: the comparison ends and what it compared is dropped; 404 when none")
    public Response remove() {
        store.installed().orElseThrow(() -> new NotFoundException("No shadow rule set is installed"));
        installation.remove(caller.name());
        return Response.noContent().build();
    }
}
