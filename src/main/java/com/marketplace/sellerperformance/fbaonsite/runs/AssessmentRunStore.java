package com.marketplace.sellerperformance.fbaonsite.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.problems.FieldError;
import com.marketplace.sellerperformance.records.DatabaseConfig;
import com.marketplace.sellerperformance.records.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The runs' own rows, read and written with plain JDBC: a run's staged lines never pass through the ORM. */
@ApplicationScoped
public class AssessmentRunStore {
    private static final TypeReference<List<FieldError>> ERRORS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final String schema;
    private final int parts;

    public AssessmentRunStore(DataSource dataSource, ObjectMapper json,
                              DatabaseConfig database, RunsConfig runs) {
        this.dataSource = dataSource;
        this.json = json;
        this.schema = database.schema();
        this.parts = runs.parts();
    }

    /** The statement with its tables in the service's schema (plain JDBC knows no default schema). */
    public String sql(String statement) {
        return Schema.qualify(statement, schema);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A new run, still receiving its lines, decided in the given number of parts side by side. */
    public void create(UUID runId, String source, String createdBy) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql(
                    "INSERT INTO {h-schema}assessment_run (run_id, status, source, created_by, parts, started_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)"));
                 PreparedStatement part = connection.prepareStatement(sql(
                         "INSERT INTO {h-schema}assessment_run_part (run_id, part) SELECT ?, generate_series(0, ? - 1)"))) {
                insert.setObject(1, runId);
                insert.setString(2, AssessmentRunStatus.RECEIVING.name());
                insert.setString(3, source);
                insert.setString(4, createdBy);
                insert.setInt(5, parts);
                insert.setTimestamp(6, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                part.setObject(1, runId);
                part.setInt(2, parts);
                part.executeUpdate();
            }
            connection.commit();
        }
    }

    /** The number of parts the run is decided in. */
    public int parts(UUID runId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql(
                     "SELECT parts FROM {h-schema}assessment_run WHERE run_id = ?"))) {
            select.setObject(1, runId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** The unfinished run of a source (a command's file and partition), to be taken up again. */
    public Optional<UUID> unfinishedOf(String source) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql("SELECT run_id FROM {h-schema}assessment_run WHERE source = ? AND status IN ('RECEIVING', 'RUNNING')"
                             + " ORDER BY started_at DESC LIMIT 1"))) {
            select.setString(1, source);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    /** Runs that nobody may be working on any more, or that wait for a worker. */
    public List<UUID> unfinished() throws SQLException {
        List<UUID> runs = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql("SELECT run_id FROM {h-schema}assessment_run WHERE status IN ('RECEIVING', 'RUNNING') ORDER BY started_at"))) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return runs;
    }

    /** All lines are staged: the run may be decided. */
    public void received(UUID runId) throws SQLException {
        update("UPDATE {h-schema}assessment_run SET status = 'RUNNING' WHERE run_id = ? AND status = 'RECEIVING'", runId);
    }

    /** The run is being decided from now on, by the given rules; the estimate counts from here. */
    public void deciding(UUID runId, String ruleSetVersion) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql("UPDATE {h-schema}assessment_run r SET rule_set_version = ?, deciding_since = ?, decided_before = r.rejected"
                             + " + (SELECT sum(p.done) FROM {h-schema}assessment_run_part p WHERE p.run_id = r.run_id)"
                             + " WHERE run_id = ?"))) {
            update.setString(1, ruleSetVersion);
            update.setTimestamp(2, Timestamp.from(Instant.now()));
            update.setObject(3, runId);
            update.executeUpdate();
        }
    }

    /** Every line is decided: the run is complete and its staged lines, decided, are deleted with it. */
    public void completed(UUID runId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(sql("UPDATE {h-schema}assessment_run SET status = 'COMPLETED', finished_at = ? WHERE run_id = ? AND status = 'RUNNING'"));
                 PreparedStatement delete = connection.prepareStatement(sql("DELETE FROM {h-schema}assessment_run_line WHERE run_id = ?"))) {
                update.setTimestamp(1, Timestamp.from(Instant.now()));
                update.setObject(2, runId);
                update.executeUpdate();
                delete.setObject(1, runId);
                delete.executeUpdate();
            }
            connection.commit();
        }
    }

    /**
     * The run failed before it was decided (an upload cut off, refused or corrupt): nothing of it is
     * assessed, and nothing of it stays staged, its staging rejections included.
     */
    public void failed(UUID runId, String why) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(sql("UPDATE {h-schema}assessment_run SET status = 'FAILED', failure = ?, finished_at = ? WHERE run_id = ?"));
                 PreparedStatement lines = connection.prepareStatement(sql("DELETE FROM {h-schema}assessment_run_line WHERE run_id = ?"));
                 PreparedStatement rejections = connection.prepareStatement(sql("DELETE FROM {h-schema}assessment_run_rejection WHERE run_id = ?"))) {
                update.setString(1, why);
                update.setTimestamp(2, Timestamp.from(Instant.now()));
                update.setObject(3, runId);
                update.executeUpdate();
                lines.setObject(1, runId);
                lines.executeUpdate();
                rejections.setObject(1, runId);
                rejections.executeUpdate();
            }
            connection.commit();
        }
    }

    public Optional<AssessmentRunView> find(UUID runId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql("SELECT status, source, rule_set_version, lines, started_at, finished_at, failure, deciding_since,"
                             + " decided_before, sum(p.assessed) AS assessed, sum(p.repeated) AS repeated,"
                             + " sum(p.conflicts) AS conflicts, r.rejected + sum(p.rejected) AS rejected,"
                             + " r.rejected + sum(p.done) AS done"
                             + " FROM {h-schema}assessment_run r JOIN {h-schema}assessment_run_part p ON p.run_id = r.run_id"
                             + " WHERE r.run_id = ? GROUP BY r.run_id"))) {
            select.setObject(1, runId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                AssessmentRunStatus status = AssessmentRunStatus.valueOf(row.getString("status"));
                long lines = row.getLong("lines");
                long done = row.getLong("done");
                Instant decidingSince = instant(row.getTimestamp("deciding_since"));
                long decidedBefore = row.getLong("decided_before");
                double progress = status == AssessmentRunStatus.COMPLETED ? 1.0
                        : lines == 0 ? 0.0 : Math.min(1.0, (double) done / lines);
                return Optional.of(new AssessmentRunView(runId, status, row.getString("source"),
                        row.getString("rule_set_version"), lines, row.getLong("assessed"), row.getLong("repeated"),
                        row.getLong("conflicts"), row.getLong("rejected"), progress,
                        secondsLeft(status, lines - done, done - decidedBefore, decidingSince),
                        instant(row.getTimestamp("started_at")), instant(row.getTimestamp("finished_at")),
                        row.getString("failure")));
            }
        }
    }

    /** The time left at the pace kept since deciding began (or resumed); null until there is a pace. */
    private static Long secondsLeft(AssessmentRunStatus status, long left, long decided, Instant since) {
        if (status != AssessmentRunStatus.RUNNING || since == null || decided <= 0) {
            return status == AssessmentRunStatus.COMPLETED ? 0L : null;
        }
        double seconds = Math.max(0.001, Duration.between(since, Instant.now()).toMillis() / 1000.0);
        return Math.round(left / (decided / seconds));
    }

    public RunRejectionPage rejections(UUID runId, long after, int limit) throws SQLException {
        List<RunRejection> page = new ArrayList<>();
        boolean more = false;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql("SELECT " + String.join(", ", RunRejection.COLUMNS)
                             + " FROM {h-schema}assessment_run_rejection WHERE run_id = ? AND line_no > ? ORDER BY line_no LIMIT ?"))) {
            select.setObject(1, runId);
            select.setLong(2, after);
            select.setInt(3, limit + 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (page.size() == limit) {
                        more = true;
                        break;
                    }
                    page.add(RunRejection.read(rows, errors(rows.getString("errors"))));
                }
            }
        }
        return new RunRejectionPage(page, more ? page.get(page.size() - 1).line() : null);
    }

    private List<FieldError> errors(String stored) {
        try {
            return json.readValue(stored, ERRORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored errors of a run cannot be read back", e);
        }
    }

    private void update(String statement, UUID runId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql(statement))) {
            update.setObject(1, runId);
            update.executeUpdate();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
