package com.marketplace.sellerperformance.serviceproviders.api;

import com.marketplace.sellerperformance.serviceproviders.account.AccountService;
import com.marketplace.sellerperformance.serviceproviders.evaluation.EvaluationService;
import com.marketplace.sellerperformance.serviceproviders.evaluation.EvaluationView;
import com.marketplace.sellerperformance.serviceproviders.persistence.ServiceProviderRepository;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceSubmission;
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
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceProviderRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.PUT;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Services")
public class ServiceProviderResource {
    private final EvaluationService evaluations;
    private final AccountService accounts;
    private final ServiceProviderRepository providers;
    private final Contacts contacts;
    private final NoticeOutbox notices;

    public ServiceProviderResource(EvaluationService evaluations, AccountService accounts,
                                   ServiceProviderRepository providers, Contacts contacts, NoticeOutbox notices) {
        this.contacts = contacts;
        this.notices = notices;
        this.evaluations = evaluations;
        this.accounts = accounts;
        this.providers = providers;
    }

    @RolesAllowed({Roles.EVALUATOR, Roles.ANALYST})
    @Idempotent
    @POST
    @Path("/evaluations")
    @Operation(summary = "Evaluate a service provider's period",
            description = "201 for a new evaluation; 200 with the stored one when the same period arrives again with"
                    + " the same facts; 409 with other facts. With dryRun=true nothing is stored.")
    public Response evaluate(@NotNull(message = "a JSON body is required") ServiceSubmission submission,
                             @QueryParam("dryRun") String dryRun) {
        if (Params.flag("dryRun", dryRun)) {
            return Response.ok(evaluations.preview(submission)).build();
        }
        EvaluationService.Outcome outcome = evaluations.evaluate(submission);
        if (!outcome.created()) {
            return Response.ok(outcome.evaluation()).build();
        }
        return Response.created(URI.create("/api/v1/services/evaluations/" + outcome.evaluation().evaluationId()))
                .entity(outcome.evaluation()).build();
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/evaluations/{evaluationId}")
    @Operation(summary = "An evaluation")
    public EvaluationView evaluation(@PathParam("evaluationId") String evaluationId) {
        return evaluations.find(Params.uuid("evaluationId", evaluationId));
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/providers/{providerId}/evaluations")
    @Operation(summary = "A provider's evaluations, in period order")
    public List<EvaluationView> evaluations(@PathParam("providerId")
            @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String providerId) {
        return evaluations.findByProvider(providerId);
    }

    /**
     * The providers with this id: its account today, or none for an id never seen. A search asks
     * every program at once, and an id one program does not know is no error there.
     */
    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/providers")
    @Operation(summary = "Find a provider by id: its account today, or an empty list")
    public List<AccountService.AccountView> findProviders(@QueryParam("id") @NotNull(message = "is required")
            @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String id) {
        return providers.findByProviderId(id).isPresent()
                ? List.of(accounts.account(id, Today.inMarketplace()))
                : List.of();
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/providers/{providerId}/account")
    @Operation(summary = "A provider's account status on a day (default today)")
    public AccountService.AccountView account(@PathParam("providerId")
            @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String providerId,
            @QueryParam("on") String on, @QueryParam("asOf") String asOf) {
        LocalDate day = Params.date("on", on);
        return accounts.account(providerId, day == null ? Today.inMarketplace() : day, Params.date("asOf", asOf));
    }

    @RolesAllowed({Roles.REVIEWER})
    @Idempotent
    @POST
    @Path("/providers/{providerId}/account-actions")
    @Operation(summary = "A reviewer's action on the account: START_REVIEW, COMPLETE_REVIEW, SUSPEND, REINSTATE",
            description = "409 when the action is not allowed from the account's status on that day.")
    public AccountService.AccountView act(@PathParam("providerId")
            @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String providerId,
            @NotNull(message = "a JSON body is required") @Valid AccountService.ActionRequest request) {
        return accounts.act(providerId, request, Today.inMarketplace());
    }

    @RolesAllowed({Roles.EVALUATOR})
    @Idempotent
    @POST
    @Path("/providers/{providerId}/improvement-plans")
    @Operation(summary = "Submit an improvement plan for a suspension; with appealReason it appeals the suspension")
    public Response submitPlan(@PathParam("providerId")
            @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String providerId,
            @NotNull(message = "a JSON body is required") @Valid AccountService.PlanSubmission submission) {
        AccountService.PlanView plan = accounts.submitPlan(providerId, submission, Today.inMarketplace());
        return Response.created(URI.create("/api/v1/services/improvement-plans/" + plan.planId())).entity(plan).build();
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/improvement-plans/{planId}")
    @Operation(summary = "An improvement plan, its decision, and the account on the decision day (or the day submitted)")
    public AccountService.PlanView plan(@PathParam("planId") String planId) {
        return accounts.findPlan(Params.uuid("planId", planId));
    }

    @RolesAllowed({Roles.REVIEWER})
    @Idempotent
    @POST
    @Path("/improvement-plans/{planId}/decision")
    @Operation(summary = "Approve (reinstates the account on the decision day) or reject an improvement plan")
    public AccountService.PlanView decidePlan(@PathParam("planId") String planId,
            @NotNull(message = "a JSON body is required") @Valid AccountService.PlanDecision decision) {
        return accounts.decidePlan(Params.uuid("planId", planId), decision);
    }

    @RolesAllowed({Roles.EVALUATOR})
    @PUT
    @Path("/providers/{providerId}/contact")
    @Operation(summary = "Set where the provider is told about its account (email, en or pt-BR)")
    public Contact setContact(@PathParam("providerId")
            @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String providerId,
            @NotNull(message = "a JSON body is required") @Valid Contact contact) {
        return contacts.save(ServiceProviderRules.PROGRAM, providerId, contact.email(), contact.locale());
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/providers/{providerId}/contact")
    @Operation(summary = "Where the provider is told about its account")
    public Contact contact(@PathParam("providerId")
            @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String providerId) {
        return contacts.find(ServiceProviderRules.PROGRAM, providerId)
                .orElseThrow(() -> new NotFoundException("No contact is set for provider " + providerId));
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/providers/{providerId}/notices")
    @Operation(summary = "What the provider was told about its account, oldest first, with how each mail fared")
    public List<Notice> notices(@PathParam("providerId")
            @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String providerId) {
        return notices.of(ServiceProviderRules.PROGRAM, providerId);
    }
}
