package com.marketplace.sellerperformance.fbaonsite.runs;

import com.marketplace.sellerperformance.problems.FieldError;
import java.util.List;

/**
 * A line of a run that was not assessed: bad input (INVALID) or facts contradicting the record
 * (CONFLICT), or a line that kept failing with an unexpected error (ERROR, its cause in the errors);
 * sellerId is null when the line names none that can be read.
 */
public record RunRejection(long line, String sellerId, Kind kind, List<FieldError> errors) {
    public enum Kind {
        INVALID, CONFLICT, ERROR
    }
}
