package com.marketplace.sellerperformance.fbaonsite.api;

import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentRecord;
import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentView;
import com.marketplace.sellerperformance.fbaonsite.assessment.ReturnTargetService;
import com.marketplace.sellerperformance.fbaonsite.persistence.ReturnTargetEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.plans.PlanOfActionService;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingService;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import com.marketplace.sellerperformance.web.Idempotent;
import com.marketplace.sellerperformance.web.Params;
import com.marketplace.sellerperformance.web.Roles;
import com.marketplace.sellerperformance.problems.SellerIds;
import com.marketplace.sellerperformance.records.Today;
import com.marketplace.sellerperformance.notices.Contact;
import com.marketplace.sellerperformance.notices.Contacts;
import com.marketplace.sellerperformance.notices.Notice;
import com.marketplace.sellerperformance.notices.NoticeOutbox;
import com.marketplace.sellerperformance.problems.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sellers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sellers")
public class SellerResource {
    private final AssessmentRecord assessments;
    private final ReturnTargetService returnTargets;
    private final StandingService standings;
    private final PlanOfActionService plans;
    private final SellerRepository sellers;
    private final Contacts contacts;
    private final NoticeOutbox notices;

    public SellerResource(AssessmentRecord assessments, ReturnTargetService returnTargets,
                          StandingService standings, PlanOfActionService plans, SellerRepository sellers,
                          Contacts contacts, NoticeOutbox notices) {
        this.contacts = contacts;
        this.notices = notices;
        this.assessments = assessments;
        this.returnTargets = returnTargets;
        this.standings = standings;
        this.plans = plans;
        this.sellers = sellers;
    }

    /**
     * The sellers with this id: its standing today, or none for an id never seen. A search asks
     * every program at once, and an id one program does not know is no error there.
     */
    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Operation(summary = "Find a seller by id: its standing today, or an empty list")
    public List<StandingView> findSellers(
            @QueryParam("id") @NotNull(message = "is required")
            @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String id) {
        return sellers.findBySellerId(id)
                .map(seller -> List.of(standings.standingOn(seller, Today.inMarketplace())))
                .orElse(List.of());
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/{sellerId}/standing")
    @Operation(summary = "The seller's FBA Onsite standing on a day (default today), past or future")
    public StandingView standing(
            @PathParam("sellerId") @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String sellerId,
            @QueryParam("on") String on, @QueryParam("asOf") String asOf) {
        LocalDate day = Params.date("on", on);
        return standings.standingOn(sellerId, day == null ? Today.inMarketplace() : day, Params.date("asOf", asOf));
    }

    @RolesAllowed({Roles.EVALUATOR})
    @Idempotent
    @POST
    @Path("/{sellerId}/plans-of-action")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a plan of action for a deactivation (root cause, corrective and preventive actions)")
    public Response submitPlan(
            @PathParam("sellerId") @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String sellerId,
            @NotNull(message = "a JSON body is required") @Valid PlanOfActionService.Submission submission) {
        PlanOfActionService.PlanView plan = plans.submit(sellerId, submission);
        return Response.created(URI.create("/api/v1/plans-of-action/" + plan.planId())).entity(plan).build();
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/{sellerId}/assessments")
    @Operation(summary = "The seller's assessments (latest revision of each), in period order")
    public List<AssessmentView> assessments(
            @PathParam("sellerId") @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String sellerId,
            @QueryParam("program") @DefaultValue(FbaOnsiteRules.PROGRAM)
            @Pattern(regexp = FbaOnsiteRules.PROGRAM, message = "must be fba-onsite") String program,
            @QueryParam("asOf") String asOf) {
        return assessments.findBySeller(sellerId, Params.date("asOf", asOf));
    }

    /** The store returns target for a quarter, as a fraction (0.012 is 1.2 %). */
    public record ReturnTargetRequest(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 6)
            BigDecimal target) {
    }

    public record ReturnTargetView(String sellerId, String quarter, BigDecimal target, String setBy) {
        static ReturnTargetView of(String sellerId, ReturnTargetEntity entity) {
            return new ReturnTargetView(sellerId, entity.quarter, entity.target.stripTrailingZeros(), entity.setBy);
        }
    }

    @RolesAllowed({Roles.ANALYST})
    @PUT
    @Path("/{sellerId}/return-targets/{quarter}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the store returns target communicated to the seller for a quarter (e.g. 2026-Q4)")
    public ReturnTargetView setReturnTarget(
            @PathParam("sellerId") @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String sellerId,
            @PathParam("quarter") @Pattern(regexp = "(19|20|21)\\d{2}-Q[1-4]", message = "must be a quarter such as 2026-Q4")
            String quarter,
            @NotNull(message = "a JSON body is required") @Valid ReturnTargetRequest request) {
        return ReturnTargetView.of(sellerId, returnTargets.set(sellerId, quarter, request.target()));
    }

    @RolesAllowed({Roles.EVALUATOR})
    @PUT
    @Path("/{sellerId}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set where the seller is told about its FBA Onsite performance (email, pt-BR or en)")
    public Contact setContact(
            @PathParam("sellerId") @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String sellerId,
            @NotNull(message = "a JSON body is required") @Valid Contact contact) {
        return contacts.save(FbaOnsiteRules.PROGRAM, sellerId, contact.email(), contact.locale());
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/{sellerId}/contact")
    @Operation(summary = "Where the seller is told about its FBA Onsite performance")
    public Contact contact(
            @PathParam("sellerId") @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String sellerId) {
        return contacts.find(FbaOnsiteRules.PROGRAM, sellerId)
                .orElseThrow(() -> new NotFoundException("No contact is set for seller " + sellerId));
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/{sellerId}/notices")
    @Operation(summary = "What the seller was told (summaries, strikes, badge, deactivation), oldest first,"
            + " with how each mail fared")
    public List<Notice> notices(
            @PathParam("sellerId") @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String sellerId) {
        return notices.of(FbaOnsiteRules.PROGRAM, sellerId);
    }
}
