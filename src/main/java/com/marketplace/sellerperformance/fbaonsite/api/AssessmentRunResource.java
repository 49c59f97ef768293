package com.marketplace.sellerperformance.fbaonsite.api;

import com.marketplace.sellerperformance.fbaonsite.runs.AssessmentRunStore;
import com.marketplace.sellerperformance.fbaonsite.runs.AssessmentRunView;
import com.marketplace.sellerperformance.fbaonsite.runs.LineStager;
import com.marketplace.sellerperformance.fbaonsite.runs.RunClaim;
import com.marketplace.sellerperformance.fbaonsite.runs.RunRejectionPage;
import com.marketplace.sellerperformance.fbaonsite.runs.RunCaps;
import com.marketplace.sellerperformance.fbaonsite.runs.RunTooLargeException;
import com.marketplace.sellerperformance.fbaonsite.runs.RunResumer;
import com.marketplace.sellerperformance.fbaonsite.runs.SellerPartition;
import com.marketplace.sellerperformance.problems.BadInputException;
import com.marketplace.sellerperformance.records.Caller;
import com.marketplace.sellerperformance.problems.NotFoundException;
import com.marketplace.sellerperformance.web.Params;
import com.marketplace.sellerperformance.web.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.sql.SQLException;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jboss.logging.Logger;

@Path("/api/v1/fba-onsite/assessment-runs")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentRunResource {
    static final String NDJSON = "application/x-ndjson";
    static final URI RUN_TOO_LARGE = URI.create("https://seller-performance/problems/run-too-large");
    private static final Logger LOG = Logger.getLogger(AssessmentRunResource.class);

    private final AssessmentRunStore store;
    private final LineStager stager;
    private final RunResumer resumer;
    private final Caller caller;

    public AssessmentRunResource(AssessmentRunStore store, LineStager stager, RunResumer resumer, Caller caller) {
        this.store = store;
        this.stager = stager;
        this.resumer = resumer;
        this.caller = caller;
    }

    @RolesAllowed({Roles.EVALUATOR})
    @POST
    @Consumes(NDJSON)
    public Response post(InputStream body, @HeaderParam("Content-Encoding") String encoding,
                         @HeaderParam("Content-Length") String length) throws IOException, SQLException {
        boolean plain = isIdentity(encoding);
        InputStream lines = decoded(body, encoding);
        long declared = declaredLength(length);
        if (plain && declared > stager.caps().maxBytes()) {
            throw tooLarge(new RunTooLargeException(RunCaps.BYTES, stager.caps().maxBytes(),
                    declared + " bytes"));
        }
        UUID runId = UUID.randomUUID();
        try (RunClaim claim = RunClaim.tryTake(store.dataSource(), runId)) {
            store.create(runId, "upload", caller.name());
            try {
                stager.stage(runId, lines, SellerPartition.ALL, 0, through -> {
                });
            } catch (ZipException | java.io.EOFException e) {
                store.failed(runId, "The gzip body is corrupt or ends early; nothing of it was assessed.");
                throw new BadInputException("body", "is not valid gzip");
            } catch (RunTooLargeException e) {
                store.failed(runId, e.getMessage() + " The upload was refused; nothing of it was assessed.");
                LOG.warnf("Assessment run %s refused: %s", runId, e.getMessage());
                throw tooLarge(e);
            } catch (IOException e) {
                // The poster is gone (the connection dropped mid-body): nobody will hear about this run.
                store.failed(runId, "The upload was cut off (" + e.getMessage() + "); nothing of it was assessed."
                        + " Post the file again.");
                LOG.warnf("Assessment run %s: the upload was cut off (%s); its staged lines were removed", runId,
                        e.getMessage());
                // an answer nobody may read, without a stack trace for a client that went away
                throw new BadInputException("body", "was cut off before its end; nothing of it was kept");
            }
            store.received(runId);
        }
        resumer.decideSoon(runId);
        return Response.accepted(store.find(runId).orElseThrow())
                .location(URI.create("/api/v1/fba-onsite/assessment-runs/" + runId))
                .build();
    }

    private static HttpProblem tooLarge(RunTooLargeException e) {
        return HttpProblem.builder()
                .withType(RUN_TOO_LARGE)
                .withTitle("Content Too Large")
                .withStatus(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                .withDetail(e.getMessage() + " Nothing of it was staged or assessed.")
                .with("cap", e.cap())
                .with("limit", e.limit())
                .build();
    }

    private static long declaredLength(String length) {
        if (length == null || length.isEmpty() || length.length() >= 19 || !length.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(length);
    }

    private static boolean isIdentity(String encoding) {
        return encoding == null || encoding.isBlank() || encoding.trim().equalsIgnoreCase("identity");
    }

    private static InputStream decoded(InputStream body, String encoding) throws IOException {
        if (isIdentity(encoding)) {
            return body;
        }
        if (encoding.trim().equalsIgnoreCase("gzip")) {
            try {
                return new GZIPInputStream(body, 65536);
            } catch (ZipException | java.io.EOFException e) {
                throw new BadInputException("body", "is not valid gzip");
            }
        }
        throw new BadInputException("Content-Encoding", "must be gzip or identity");
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/{runId}")
    public AssessmentRunView get(@PathParam("runId") String runId) throws SQLException {
        UUID id = Params.uuid("runId", runId);
        return store.find(id).orElseThrow(() -> new NotFoundException("No assessment run " + id));
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/{runId}/rejections")
    public Response rejections(@PathParam("runId") String runId, @QueryParam("after") String after,
                               @QueryParam("limit") String limit, @Context UriInfo uri) throws SQLException {
        UUID id = Params.uuid("runId", runId);
        int afterLine = Params.integer("after", after, 0, 0, Integer.MAX_VALUE);
        int size = Params.integer("limit", limit, 100, 1, 1000);
        if (store.find(id).isEmpty()) {
            throw new NotFoundException("No assessment run " + id);
        }
        RunRejectionPage page = store.rejections(id, afterLine, size);
        Response.ResponseBuilder answer = Response.ok(page.rejections());
        if (page.nextAfter() != null) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("after", page.nextAfter())
                    .replaceQueryParam("limit", size).build(), "next");
        }
        return answer.build();
    }
}
