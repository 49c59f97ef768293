package com.marketplace.sellerperformance.rulesets;

import com.marketplace.sellerperformance.engine.DraftValidation;
import com.marketplace.sellerperformance.engine.RuleSetCompilationException;
import com.marketplace.sellerperformance.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rules/impact")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class ImpactResource {
    private final ChangeImpact impact;

    public ImpactResource(ChangeImpact impact) {
        this.impact = impact;
    }

    @RolesAllowed({Roles.ANALYST})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Which rules a draft adds, removes or edits, and how many decisions and which sellers each has decided",
            description = "From the rules every stored decision names as having fired it; parses the draft, compiles"
                    + " and runs nothing; 422 with file, line and message when the draft does not parse.")
    public Response impact(@NotNull(message = "a JSON body is required") @Valid RulesResource.Draft draft) {
        try {
            return Response.ok(impact.of(draft.files())).build();
        } catch (RuleSetCompilationException e) {
            return Response.status(422).entity(DraftValidation.invalid(e)).build();
        }
    }
}
