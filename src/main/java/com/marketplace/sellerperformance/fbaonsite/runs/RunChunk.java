package com.marketplace.sellerperformance.fbaonsite.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.fbaonsite.assessment.SubmissionOutcome;
import com.marketplace.sellerperformance.fbaonsite.assessment.WeekRecording;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.problems.BadInputException;
import com.marketplace.sellerperformance.problems.ConflictException;
import com.marketplace.sellerperformance.problems.FieldError;
import com.marketplace.sellerperformance.web.ProblemShapes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Decides the next lines of a run in one transaction, each line as one
 * {@code POST /api/v1/fba-onsite/assessments} is decided (same checks, same seller lock, same repeat
 * and conflict answers, same ladder), and moves the run's cursor and counts in that same
 * transaction: after a crash the chunk is either all there or not at all. The lines are decided
 * together by {@link WeekRecording#assessAll}: the chunk's sellers locked at once, their record
 * read ahead with one query per table, the new weeks stored in bulk.
 */
@ApplicationScoped
public class RunChunk {
    private static final Logger LOG = Logger.getLogger(RunChunk.class);
    private final WeekRecording assessments;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final CurrentIdentityAssociation identity;

    private final DataSource dataSource;
    private final int timeoutSeconds;
    private final int lineAttempts;
    private final Duration retryDelay;

    public RunChunk(WeekRecording assessments, DataSource dataSource,
                    EntityManager entityManager, ObjectMapper json, CurrentIdentityAssociation identity,
                    RunsConfig runs) {
        this.dataSource = dataSource;
        this.timeoutSeconds = (int) Math.max(1, runs.chunkTimeout().toSeconds());
        this.lineAttempts = Math.max(1, runs.lineAttempts());
        this.retryDelay = runs.lineRetryDelay();
        this.assessments = assessments;
        this.entityManager = entityManager;
        this.json = json;
        this.identity = identity;
    }

    /** What one chunk came to. */
    public record Decided(int lines, int assessed, int repeated, int conflicts, int rejected) {
        Decided plus(Decided other) {
            return new Decided(lines + other.lines, assessed + other.assessed, repeated + other.repeated,
                    conflicts + other.conflicts, rejected + other.rejected);
        }
    }

    private record Line(long number, String body) {
    }

    private record Parsed(Line line, FbaSubmission submission) {
    }

    private record Refusal(Line line, RunRejection.Kind kind, List<FieldError> errors) {
    }

    /**
     * Decides up to {@code size} lines of a part after its cursor, as the run's poster; 0 lines: none
     * were left. A chunk that deadlocks on a seller's lock with another part (two seller ids of the
     * same lock hash) is rolled back and decided again. A chunk that fails otherwise while the
     * database answers is decided again a line at a time, so that the line at fault is found: a line
     * that fails {@code runs.line-attempts} times on its own is rejected as ERROR with its cause and
     * the part goes on. When the database does not answer, the failure is thrown: the run is taken
     * up again once it is back, and no line is blamed for the outage.
     */
    @ActivateRequestContext
    public Decided next(UUID runId, int part, String poster, int size) {
        identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(poster)).build());
        try {
            return decided(runId, part, size);
        } catch (RuntimeException e) {
            if (outage(e)) {
                throw e;
            }
            LOG.warnf("A chunk of run %s (part %d) failed (%s); deciding its lines one at a time", runId, part,
                    cause(e));
        }
        Decided total = new Decided(0, 0, 0, 0, 0);
        for (int i = 0; i < size; i++) {
            Decided one = oneLine(runId, part);
            if (one.lines() == 0) {
                break;
            }
            total = total.plus(one);
        }
        return total;
    }

    private Decided decided(UUID runId, int part, int size) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> decide(runId, part, size));
            } catch (RuntimeException e) {
                if (attempt >= 5 || !deadlocked(e)) {
                    throw e;
                }
            }
        }
    }

    private Decided oneLine(UUID runId, int part) {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= lineAttempts; attempt++) {
            try {
                return decided(runId, part, 1);
            } catch (RuntimeException e) {
                if (outage(e)) {
                    throw e;
                }
                failure = e;
                LOG.warnf("The next line of run %s (part %d) failed, attempt %d of %d: %s", runId, part, attempt,
                        lineAttempts, cause(e));
                if (attempt < lineAttempts) {
                    pause();
                }
            }
        }
        RuntimeException last = failure;
        Decided given = QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> giveUp(runId, part, last));
        LOG.errorf(last, "A line of run %s (part %d) failed %d times and is rejected as ERROR; the run goes on",
                runId, part, lineAttempts);
        return given;
    }

    private void pause() {
        try {
            Thread.sleep(retryDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a line", e);
        }
    }

    /** The part's next line, which kept failing, rejected with the cause of its last failure. */
    private Decided giveUp(UUID runId, int part, RuntimeException failure) {
        long cursor = cursor(runId, part);
        List<Line> next = lines(runId, part, cursor, 1);
        if (next.isEmpty()) {
            return new Decided(0, 0, 0, 0, 0);
        }
        Line line = next.get(0);
        reject(runId, new Refusal(line, RunRejection.Kind.ERROR, List.of(new FieldError("body",
                "could not be decided: it failed " + lineAttempts + " times with an unexpected error: " + cause(failure)))));
        moveCursor(runId, part, line.number(), 1, 0, 0, 0, 1);
        return new Decided(1, 0, 0, 0, 1);
    }

    /**
     * Whether the failure is the database being away (or going away) rather than something about the
     * lines: a connection fault, an operator's cancel or shutdown, lack of resources, a transaction
     * rolled back for concurrency, or the database not answering a check of its own.
     */
    private boolean outage(Throwable failure) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientException || cause instanceof java.sql.SQLRecoverableException
                    || cause instanceof java.net.SocketException || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && OUTAGE_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
                return true;
            }
        }
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return !connection.isValid(2);
        } catch (java.sql.SQLException | RuntimeException e) {
            return true;
        }
    }

    /** SQLState classes and codes of a database away or busy: connection, resources, operator, rollback, lock wait. */
    private static final List<String> OUTAGE_STATES = List.of("08", "53", "57", "40", "55P03", "25P03");

    /** The failure as an operator reads it: the database's own message and SQLState when there is one. */
    static String cause(Throwable failure) {
        Throwable root = failure;
        java.sql.SQLException sql = null;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException found) {
                sql = found;
            }
            root = cause;
        }
        String text = sql != null
                ? sql.getMessage() + (sql.getSQLState() == null ? "" : " (SQLState " + sql.getSQLState() + ")")
                : root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    private static boolean deadlocked(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "40P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Decided decide(UUID runId, int part, int size) {
        long cursor = cursor(runId, part);
        List<Line> lines = lines(runId, part, cursor, size);
        if (lines.isEmpty()) {
            return new Decided(0, 0, 0, 0, 0);
        }
        int assessed = 0;
        int repeated = 0;
        List<Refusal> refused = new ArrayList<>();
        int conflicts = 0;
        List<Parsed> parsed = new ArrayList<>();
        for (Line line : lines) {
            try {
                parsed.add(new Parsed(line, parse(line.body())));
            } catch (BadInputException e) {
                refused.add(new Refusal(line, RunRejection.Kind.INVALID, e.errors()));
            }
        }
        List<SubmissionOutcome> settled =
                assessments.assessAll(parsed.stream().map(Parsed::submission).toList());
        for (int i = 0; i < parsed.size(); i++) {
            SubmissionOutcome line = settled.get(i);
            Line number = parsed.get(i).line();
            if (line.refused() instanceof ConflictException conflict) {
                refused.add(new Refusal(number, RunRejection.Kind.CONFLICT,
                        List.of(new FieldError("body", conflict.getMessage()))));
                conflicts++;
            } else if (line.refused() instanceof BadInputException bad) {
                refused.add(new Refusal(number, RunRejection.Kind.INVALID, bad.errors()));
            } else if (line.repeated()) {
                repeated++;
            } else {
                assessed++;
            }
        }
        refused.sort(Comparator.comparingLong(r -> r.line().number()));
        for (Refusal rejection : refused) {
            reject(runId, rejection);
        }
        int rejected = refused.size() - conflicts;
        moveCursor(runId, part, lines.get(lines.size() - 1).number(), lines.size(), assessed, repeated, conflicts,
                rejected);
        return new Decided(lines.size(), assessed, repeated, conflicts, rejected);
    }

    /** The part's cursor, its row locked until the transaction ends. */
    private long cursor(UUID runId, int part) {
        return ((Number) entityManager
                .createNativeQuery("SELECT done_through FROM {h-schema}assessment_run_part"
                        + " WHERE run_id = :run AND part = :part FOR UPDATE")
                .setParameter("run", runId).setParameter("part", part).getSingleResult()).longValue();
    }

    private void moveCursor(UUID runId, int part, long through, int lines, int assessed, int repeated, int conflicts,
                            int rejected) {
        entityManager.createNativeQuery("UPDATE {h-schema}assessment_run_part SET done_through = :through,"
                        + " done = done + :lines, assessed = assessed + :assessed, repeated = repeated + :repeated,"
                        + " conflicts = conflicts + :conflicts, rejected = rejected + :rejected"
                        + " WHERE run_id = :run AND part = :part")
                .setParameter("part", part)
                .setParameter("through", through)
                .setParameter("lines", lines)
                .setParameter("assessed", assessed)
                .setParameter("repeated", repeated)
                .setParameter("conflicts", conflicts)
                .setParameter("rejected", rejected)
                .setParameter("run", runId)
                .executeUpdate();
    }

    private void reject(UUID runId, Refusal refusal) {
        List<Object> values = new RunRejection(refusal.line().number(), LineStager.sellerIdOf(refusal.line().body()),
                refusal.kind(), refusal.errors()).values(runId, write(refusal.errors()));
        Query insert = entityManager.createNativeQuery(RunRejection.INSERT);
        for (int i = 0; i < values.size(); i++) {
            insert.setParameter(i + 1, values.get(i));
        }
        insert.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Line> lines(UUID runId, int part, long after, int size) {
        Query query = entityManager.createNativeQuery("SELECT line_no, body FROM {h-schema}assessment_run_line"
                        + " WHERE run_id = :run AND part = :part AND line_no > :after ORDER BY line_no LIMIT :size",
                        Tuple.class)
                .setParameter("run", runId).setParameter("part", part).setParameter("after", after)
                .setParameter("size", size);
        List<Line> lines = new ArrayList<>();
        for (Tuple row : (List<Tuple>) query.getResultList()) {
            lines.add(new Line(((Number) row.get("line_no")).longValue(), (String) row.get("body")));
        }
        return lines;
    }

    /** A line as the single endpoint reads its body; faults of shape are bad input named by field. */
    private FbaSubmission parse(String body) {
        try {
            FbaSubmission submission = json.readValue(body, FbaSubmission.class);
            if (submission == null) {
                throw new BadInputException("body", "must be a JSON object");
            }
            return submission;
        } catch (JsonProcessingException e) {
            throw new BadInputException(List.of(ProblemShapes.fieldError(e)));
        }
    }

    private String write(Object errors) {
        try {
            return json.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
