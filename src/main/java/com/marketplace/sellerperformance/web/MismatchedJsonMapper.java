package com.marketplace.sellerperformance.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON of the wrong shape (an array where a text belongs, say) as a problem like every other bad
 * input; the REST layer's own answer for it would name internal classes. ProblemShapes fills in
 * the field and message.
 */
@Provider
@Priority(1)
public class MismatchedJsonMapper extends ExceptionMapperBase<MismatchedInputException> {

    @Override
    protected HttpProblem toProblem(MismatchedInputException exception) {
        return HttpProblem.valueOf(Response.Status.BAD_REQUEST);
    }
}
