package com.marketplace.sellerperformance.fbaonsite.api;

import com.marketplace.sellerperformance.fbaonsite.reviews.PendingReviewQueue;
import com.marketplace.sellerperformance.records.PendingReview;
import com.marketplace.sellerperformance.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The reviewers' queue of FBA Onsite: plans of action and appeals still to decide, oldest first. */
@Path("/api/v1/fba-onsite/pending-reviews")
@Produces(MediaType.APPLICATION_JSON)
public class PendingReviewResource {
    private final PendingReviewQueue queue;

    public PendingReviewResource(PendingReviewQueue queue) {
        this.queue = queue;
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    public List<PendingReview> pending() {
        return queue.oldestFirst();
    }
}
