package com.marketplace.sellerperformance.serviceproviders.api;

import com.marketplace.sellerperformance.records.PendingReview;
import com.marketplace.sellerperformance.serviceproviders.reviews.PendingImprovementPlans;
import com.marketplace.sellerperformance.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The reviewers' queue of Services: improvement plans still to decide, oldest first. */
@Path("/api/v1/services/pending-reviews")
@Produces(MediaType.APPLICATION_JSON)
public class PendingImprovementPlanResource {
    private final PendingImprovementPlans plans;

    public PendingImprovementPlanResource(PendingImprovementPlans plans) {
        this.plans = plans;
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    public List<PendingReview> pending() {
        return plans.oldestFirst();
    }
}
