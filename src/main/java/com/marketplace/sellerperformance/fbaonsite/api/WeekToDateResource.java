package com.marketplace.sellerperformance.fbaonsite.api;

import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.weektodate.WeekToDate;
import com.marketplace.sellerperformance.fbaonsite.weektodate.WeekToDateView;
import com.marketplace.sellerperformance.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/fba-onsite/week-to-date")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "FBA Onsite")
public class WeekToDateResource {
    private final WeekToDate weekToDate;

    public WeekToDateResource(WeekToDate weekToDate) {
        this.weekToDate = weekToDate;
    }

    @RolesAllowed({Roles.EVALUATOR, Roles.ANALYST})
    @POST
    @Operation(summary = "The week so far: each metric as if the week ended now, its headroom, and the strikes that would follow",
            description = "An assessment body with the counts so far. Writes nothing. headroomUnits is how many more"
                    + " units of the metric's kind the week can take before it is MISSED, at the units shipped given"
                    + " (0 when already missed, absent when not applicable).")
    public WeekToDateView soFar(@NotNull(message = "a JSON body is required") FbaSubmission submission) {
        return weekToDate.soFar(submission);
    }
}
