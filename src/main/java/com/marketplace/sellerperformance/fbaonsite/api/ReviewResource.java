package com.marketplace.sellerperformance.fbaonsite.api;

import com.marketplace.sellerperformance.fbaonsite.appeals.AppealService;
import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentView;
import com.marketplace.sellerperformance.fbaonsite.plans.PlanOfActionService;
import com.marketplace.sellerperformance.web.Idempotent;
import com.marketplace.sellerperformance.web.Params;
import com.marketplace.sellerperformance.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What reviewers decide: plans of action and appeals. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class ReviewResource {
    private final PlanOfActionService plans;
    private final AppealService appeals;

    public ReviewResource(PlanOfActionService plans, AppealService appeals) {
        this.plans = plans;
        this.appeals = appeals;
    }

    @RolesAllowed({Roles.REVIEWER})
    @Idempotent
    @POST
    @Path("/plans-of-action/{planId}/decision")
    @Operation(summary = "Approve or reject a plan of action; answers the plan and the standing on the decision day")
    public PlanOfActionService.PlanView decidePlan(@PathParam("planId") String planId,
            @NotNull(message = "a JSON body is required") @Valid PlanOfActionService.Decision decision) {
        return plans.decide(Params.uuid("planId", planId), decision);
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/plans-of-action/{planId}")
    @Operation(summary = "A plan of action, its decision, and the seller's standing on the decision day (or the day submitted)")
    public PlanOfActionService.PlanView plan(@PathParam("planId") String planId) {
        return plans.find(Params.uuid("planId", planId));
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/appeals/{appealId}")
    @Operation(summary = "An appeal and its decision")
    public AppealService.AppealView appeal(@PathParam("appealId") String appealId) {
        return appeals.find(Params.uuid("appealId", appealId));
    }

    @RolesAllowed({Roles.REVIEWER})
    @Idempotent
    @POST
    @Path("/appeals/{appealId}/decision")
    @Operation(summary = "Accept (possibly fewer misses) or reject an appeal; answers the assessment revision in force")
    public AssessmentView decideAppeal(@PathParam("appealId") String appealId,
            @NotNull(message = "a JSON body is required") @Valid AppealService.Decision decision) {
        return appeals.decide(Params.uuid("appealId", appealId), decision);
    }
}
