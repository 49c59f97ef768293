package com.marketplace.sellerperformance.fbaonsite.api;

import com.marketplace.sellerperformance.fbaonsite.appeals.AppealService;
import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentRecord;
import com.marketplace.sellerperformance.fbaonsite.assessment.WeekRecording;
import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentView;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.web.Idempotent;
import com.marketplace.sellerperformance.web.Params;
import com.marketplace.sellerperformance.web.Roles;
import com.marketplace.sellerperformance.fbaonsite.notices.PerformanceSummary;
import com.marketplace.sellerperformance.fbaonsite.notices.SellerNotices;
import com.marketplace.sellerperformance.notices.Contact;
import com.marketplace.sellerperformance.notices.NoticeTemplates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/fba-onsite/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "FBA Onsite")
public class AssessmentResource {
    private final WeekRecording recording;
    private final AssessmentRecord record;
    private final AppealService appeals;
    private final SellerNotices notices;

    public AssessmentResource(WeekRecording recording, AssessmentRecord record, AppealService appeals,
                              SellerNotices notices) {
        this.notices = notices;
        this.recording = recording;
        this.record = record;
        this.appeals = appeals;
    }

    @RolesAllowed({Roles.EVALUATOR})
    @Idempotent
    @POST
    @Path("/{assessmentId}/appeals")
    @Operation(summary = "Appeal one metric of an assessment: the misses appealed, the reason, attachments")
    public Response appeal(@PathParam("assessmentId") String assessmentId,
                           @NotNull(message = "a JSON body is required") @Valid AppealService.Submission submission) {
        AppealService.AppealView appeal = appeals.create(Params.uuid("assessmentId", assessmentId), submission);
        return Response.created(URI.create("/api/v1/appeals/" + appeal.appealId())).entity(appeal).build();
    }

    @RolesAllowed({Roles.EVALUATOR, Roles.ANALYST})
    @Idempotent
    @POST
    @Operation(summary = "Assess a seller's period",
            description = "201 for a new assessment; 200 with the stored one when the same facts arrive again;"
                    + " 409 for other facts of an assessed period, or a period overlapping or preceding one already"
                    + " assessed. With dryRun=true nothing is stored and the would-be assessment is answered.")
    public Response assess(@NotNull(message = "a JSON body is required") FbaSubmission submission,
                           @Parameter(description = "evaluate only, store nothing")
                           @QueryParam("dryRun") String dryRun) {
        if (Params.flag("dryRun", dryRun)) {
            return Response.ok(recording.preview(submission)).build();
        }
        WeekRecording.Outcome outcome = recording.assess(submission);
        if (!outcome.created()) {
            return Response.ok(outcome.assessment()).build();
        }
        URI location = URI.create("/api/v1/fba-onsite/assessments/" + outcome.assessment().assessmentId());
        return Response.created(location).entity(outcome.assessment()).build();
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/{assessmentId}")
    @Operation(summary = "An assessment: its latest revision, or the one asked for (every revision stays readable)")
    public AssessmentView get(@PathParam("assessmentId") String assessmentId,
                              @QueryParam("revision") String revision) {
        UUID id = Params.uuid("assessmentId", assessmentId);
        Integer asked = Params.integerOrNull("revision", revision, 1, Integer.MAX_VALUE);
        return asked == null ? record.find(id) : record.find(id, asked);
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/{assessmentId}/summary")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.TEXT_PLAIN})
    @Operation(summary = "The seller's performance summary of an assessment revision (latest by default)",
            description = "As JSON, or with Accept: text/html or text/plain rendered as the seller receives it by"
                    + " mail, in the seller's language (its contact's, pt-BR by default) or the one asked for.")
    public Response summary(@PathParam("assessmentId") String assessmentId, @QueryParam("revision") String revision,
                            @QueryParam("locale") @Pattern(regexp = Contact.LOCALES, message = "must be pt-BR or en")
                            String locale, @Context HttpHeaders headers) {
        PerformanceSummary summary = notices.summary(Params.uuid("assessmentId", assessmentId),
                Params.integerOrNull("revision", revision, 1, Integer.MAX_VALUE), locale);
        MediaType wanted = headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.isCompatible(MediaType.TEXT_HTML_TYPE) || type.isCompatible(MediaType.TEXT_PLAIN_TYPE))
                .findFirst().orElse(MediaType.APPLICATION_JSON_TYPE);
        if (wanted.isWildcardType() || wanted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(summary, MediaType.APPLICATION_JSON_TYPE).build();
        }
        NoticeTemplates.Rendered rendered = notices.rendered(summary);
        return wanted.isCompatible(MediaType.TEXT_HTML_TYPE)
                ? Response.ok(rendered.html(), MediaType.TEXT_HTML + ";charset=UTF-8").build()
                : Response.ok(rendered.text(), MediaType.TEXT_PLAIN + ";charset=UTF-8").build();
    }
}
