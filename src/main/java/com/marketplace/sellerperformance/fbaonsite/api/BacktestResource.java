package com.marketplace.sellerperformance.fbaonsite.api;

import com.marketplace.sellerperformance.engine.DraftValidation;
import com.marketplace.sellerperformance.engine.RuleCodeRefusedException;
import com.marketplace.sellerperformance.engine.RuleSetCompilationException;
import com.marketplace.sellerperformance.fbaonsite.backtest.BacktestService;
import com.marketplace.sellerperformance.web.Params;
import com.marketplace.sellerperformance.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rules/backtest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class BacktestResource {
    private final BacktestService backtests;

    public BacktestResource(BacktestService backtests) {
        this.backtests = backtests;
    }

    /** A draft rule set and the days (assessment days) whose facts it is tried on. */
    public record BacktestRequest(@NotNull @NotEmpty Map<String, String> files, @NotNull LocalDate from,
                                  @NotNull LocalDate to) {
    }

    @RolesAllowed({Roles.ANALYST})
    @POST
    @Operation(summary = "Try a draft rule set on the FBA Onsite facts on record in a date range, writing nothing",
            description = "Answers, for one page of the sellers assessed in the range, what would change (metric"
                    + " statuses, strikes, penalties) and how many assessments were read; 422 when the draft does"
                    + " not compile or its code reaches beyond deciding.")
    public Response backtest(@NotNull(message = "a JSON body is required") @Valid BacktestRequest request,
                             @QueryParam("page") String page,
                             @QueryParam("size") String size) {
        int pageNumber = Params.integer("page", page, 0, 0, 100000);
        int pageSize = Params.integer("size", size, 100, 1, 1000);
        try {
            return Response.ok(backtests.backtest(request.files(), request.from(), request.to(), pageNumber, pageSize))
                    .build();
        } catch (RuleCodeRefusedException e) {
            throw e; // a problem of its own (ProblemShapes): what the code reaches, not a compile error
        } catch (RuleSetCompilationException e) {
            return Response.status(422).entity(DraftValidation.invalid(e)).build();
        }
    }
}
