package com.marketplace.sellerperformance.fbaonsite.runs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.fbaonsite.assessment.CsvCopy;
import com.marketplace.sellerperformance.problems.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Stages a run's lines in PostgreSQL as they arrive, with COPY, a batch at a time: each batch is
 * committed with the run's line count, so every line counted is on disk and a crash loses none of
 * them. Blank lines are skipped; a line over the length bound is refused here and not staged; a
 * stream over the run's {@link RunCaps} stops with {@link RunTooLargeException}.
 */
@ApplicationScoped
public class LineStager {
    private final AssessmentRunStore store;
    private final ObjectMapper json;
    private static final JsonFactory SELLER_IDS = new JsonFactory();
    private final int batchLines;
    private final int maxLineChars;
    private final RunCaps caps;

    public LineStager(AssessmentRunStore store, ObjectMapper json, RunsConfig runs) {
        this.store = store;
        this.json = json;
        this.batchLines = runs.stagingBatchLines();
        this.maxLineChars = runs.maxLineChars();
        this.caps = runs.caps();
    }

    public RunCaps caps() {
        return caps;
    }

    /**
     * Stages the partition's lines after {@code skipThrough} (lines staged before a crash) and answers
     * how many lines were read in all; {@code staged} hears the line number after each commit.
     */
    public long stage(UUID runId, InputStream body, SellerPartition partition, long skipThrough, LongConsumer staged)
            throws IOException, SQLException {
        int parts = store.parts(runId);
        NdjsonLines lines = new NdjsonLines(body, maxLineChars, caps);
        try (Connection connection = store.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            Batch batch = new Batch(connection, runId);
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (lines.number() <= skipThrough || (line != NdjsonLines.TOO_LONG && line.isBlank())) {
                    continue;
                }
                if (line == NdjsonLines.TOO_LONG) {
                    if (partition.holds(null)) {
                        batch.refuse(lines.number(), "is longer than " + maxLineChars + " characters");
                    }
                } else {
                    String sellerId = sellerIdOf(line);
                    if (partition.holds(sellerId)) {
                        batch.add(SellerPartition.partOf(sellerId, parts), lines.number(), line);
                    }
                }
                if (batch.size() >= batchLines) {
                    batch.commit(lines.number());
                    staged.accept(lines.number());
                }
            }
            batch.commit(lines.number());
            staged.accept(lines.number());
            return lines.number();
        }
    }

    /** The seller id of a line, read no further than needed; null when it has none that can be read. */
    static String sellerIdOf(String line) {
        try (JsonParser parser = SELLER_IDS.createParser(new StringReader(line))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("sellerId".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The lines since the last commit, for one COPY. */
    private final class Batch {
        private final Connection connection;
        private final UUID runId;
        private final CsvCopy csv = new CsvCopy();
        private int lines;
        private int refused;

        Batch(Connection connection, UUID runId) {
            this.connection = connection;
            this.runId = runId;
        }

        int size() {
            return lines + refused;
        }

        void add(int part, long number, String line) {
            csv.field(runId).field(part).field(number).field(line).endRow();
            lines++;
        }

        void refuse(long number, String why) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(sql(RunRejection.INSERT))) {
                List<FieldError> errors = List.of(new FieldError("body", why));
                List<Object> values = new RunRejection(number, null, RunRejection.Kind.INVALID, errors)
                        .values(runId, json.writeValueAsString(errors));
                for (int i = 0; i < values.size(); i++) {
                    insert.setObject(i + 1, values.get(i));
                }
                insert.executeUpdate();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            refused++;
        }

        void commit(long throughLine) throws SQLException, IOException {
            csv.copy(connection, sql("COPY {h-schema}assessment_run_line (run_id, part, line_no, body) FROM STDIN (FORMAT csv)"));
            try (PreparedStatement update = connection.prepareStatement(sql("UPDATE {h-schema}assessment_run SET lines = lines + ?, rejected = rejected + ?,"
                            + " last_line = GREATEST(last_line, ?) WHERE run_id = ?"))) {
                update.setLong(1, lines + refused);
                update.setLong(2, refused);
                update.setLong(3, throughLine);
                update.setObject(4, runId);
                update.executeUpdate();
            }
            connection.commit();
            lines = 0;
            refused = 0;
        }
    }


    private String sql(String statement) {
        return store.sql(statement);
    }
}
