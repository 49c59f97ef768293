package com.marketplace.sellerperformance.fbaonsite.runs;

import com.marketplace.sellerperformance.web.FieldError;
import java.util.List;

/** A line of a run that was not assessed: bad input (INVALID) or facts contradicting the record (CONFLICT). */
public record RunRejection(long line, Kind kind, List<FieldError> errors) {
    public enum Kind {
        INVALID, CONFLICT
    }
}
