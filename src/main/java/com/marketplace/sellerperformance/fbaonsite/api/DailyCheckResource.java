package com.marketplace.sellerperformance.fbaonsite.api;

import com.marketplace.sellerperformance.fbaonsite.dailychecks.DailyCheckService;
import com.marketplace.sellerperformance.fbaonsite.dailychecks.DailyCheckSubmission;
import com.marketplace.sellerperformance.fbaonsite.dailychecks.DailyCheckView;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/fba-onsite/daily-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "FBA Onsite")
public class DailyCheckResource {
    private final DailyCheckService service;

    public DailyCheckResource(DailyCheckService service) {
        this.service = service;
    }

    @RolesAllowed({Roles.EVALUATOR})
    @Idempotent
    @POST
    @Operation(summary = "Check a seller's day against the immediate deactivation limits",
            description = "201 with the outcome; 200 with the stored one when the same day arrives again with"
                    + " the same numbers; 409 with other numbers.")
    public Response check(@NotNull(message = "a JSON body is required") @Valid DailyCheckSubmission submission) {
        DailyCheckService.Outcome outcome = service.check(submission);
        if (!outcome.created()) {
            return Response.ok(outcome.check()).build();
        }
        return Response.created(URI.create("/api/v1/fba-onsite/daily-checks/" + outcome.check().checkId()))
                .entity(outcome.check()).build();
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/{checkId}")
    @Operation(summary = "A daily check's outcome and the seller's standing on that day")
    public DailyCheckView get(@PathParam("checkId") String checkId) {
        return service.find(Params.uuid("checkId", checkId));
    }
}
