package com.marketplace.sellerperformance.fbaonsite.runs;

import com.marketplace.sellerperformance.problems.FieldError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A line of a run that was not assessed: bad input (INVALID) or facts contradicting the record
 * (CONFLICT), or a line that kept failing with an unexpected error (ERROR, its cause in the errors);
 * sellerId is null when the line names none that can be read. Stored in assessment_run_rejection.
 */
public record RunRejection(long line, String sellerId, Kind kind, List<FieldError> errors) {
    public enum Kind {
        INVALID, CONFLICT, ERROR
    }

    /** The table's columns besides run_id, as rejections are written and read. */
    static final List<String> COLUMNS = List.of("line_no", "seller_id", "kind", "errors");

    static final String INSERT = "INSERT INTO {h-schema}assessment_run_rejection (run_id, "
            + String.join(", ", COLUMNS) + ") VALUES (?, ?, CAST(? AS text), ?, CAST(? AS jsonb))";

    /** The parameters of {@link #INSERT}, in order, for this rejection of the run; the errors as JSON. */
    List<Object> values(UUID runId, String errorsJson) {
        return Arrays.asList(runId, line, sellerId, kind.name(), errorsJson);
    }

    /** The rejection in a row selected with {@link #COLUMNS}, its errors read by the caller. */
    static RunRejection read(ResultSet row, List<FieldError> errors) throws SQLException {
        return new RunRejection(row.getLong("line_no"), row.getString("seller_id"),
                Kind.valueOf(row.getString("kind")), errors);
    }
}
