package com.marketplace.sellerperformance.fbaonsite.runs;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.jboss.logging.Logger;

/**
 * {@code assess-week --input FILE [--partition I/N]}: stages the partition's lines of an NDJSON file
 * (gzip when it ends in .gz) as a run and decides it, with a progress bar on a terminal and a log
 * line every few seconds otherwise. Started again after a crash with the same file and partition,
 * it takes up the unfinished run where it stopped. Exit code 0 when the run completed.
 */
@ApplicationScoped
public class AssessWeekCommand {
    public static final String NAME = "assess-week";
    public static final String USAGE = NAME + " --input FILE [--partition I/N]";
    private static final Logger LOG = Logger.getLogger(AssessWeekCommand.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final AssessmentRunStore store;
    private final LineStager stager;
    private final AssessmentRunner runner;

    public AssessWeekCommand(AssessmentRunStore store, LineStager stager, AssessmentRunner runner) {
        this.store = store;
        this.stager = stager;
        this.runner = runner;
    }

    public int run(String... args) throws IOException, SQLException, InterruptedException {
        Path input = null;
        SellerPartition partition = SellerPartition.ALL;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--input" -> input = Path.of(args[++i]);
                    case "--partition" -> partition = SellerPartition.parse(args[++i]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            System.err.println(e.getMessage() + "\nusage: " + USAGE);
            return 2;
        }
        if (input == null || !Files.isReadable(input)) {
            System.err.println("no readable --input file" + (input == null ? "" : ": " + input) + "\nusage: " + USAGE);
            return 2;
        }
        String source = NAME + " " + input.toAbsolutePath().normalize() + " (" + Files.size(input) + " bytes, "
                + Files.getLastModifiedTime(input) + ") partition " + partition;
        Progress progress = new Progress(System.console() != null ? System.out : null);
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<UUID> unfinished = store.unfinishedOf(source);
            UUID runId = unfinished.orElseGet(UUID::randomUUID);
            try (RunClaim claim = RunClaim.tryTake(store.dataSource(), runId)) {
                if (claim == null) {
                    System.err.println("run " + runId + " of " + source + " is being decided by another process");
                    return 1;
                }
                AssessmentRunView run = unfinished.isPresent() ? store.find(runId).orElse(null) : null;
                if (run == null) {
                    store.create(runId, source, System.getProperty("user.name", "assess-week"));
                    run = store.find(runId).orElseThrow();
                } else if (run.status() != AssessmentRunStatus.RECEIVING && run.status() != AssessmentRunStatus.RUNNING) {
                    continue; // finished meanwhile by the service: look again
                }
                LOG.infof("Assessment run %s: %s", runId, source);
                if (run.status() == AssessmentRunStatus.RECEIVING) {
                    long stagedBefore = lastLine(runId);
                    try (InputStream file = open(input)) {
                        stager.stage(runId, file, partition, stagedBefore, through -> progress.staged(through));
                    } catch (RunTooLargeException e) {
                        store.failed(runId, e.getMessage() + " The file was refused; nothing of it was assessed.");
                        System.err.println("run " + runId + " refused: " + e.getMessage());
                        return 1;
                    }
                    store.received(runId);
                }
                AssessmentRunView done = runner.run(claim, progress::decided);
                progress.end(done);
                return done.status() == AssessmentRunStatus.COMPLETED ? 0 : 1;
            }
        }
        return 1;
    }

    private long lastLine(UUID runId) throws SQLException {
        try (var connection = store.dataSource().getConnection();
             var select = connection.prepareStatement(sql("SELECT last_line FROM {h-schema}assessment_run WHERE run_id = ?"))) {
            select.setObject(1, runId);
            try (var row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static InputStream open(Path input) throws IOException {
        InputStream file = Files.newInputStream(input);
        return input.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(file, 65536) : file;
    }

    /** A bar redrawn in place on a terminal; otherwise a log line every few seconds. */
    private static final class Progress {
        private final PrintStream terminal;
        private final Instant started = Instant.now();
        private Instant lastLog = Instant.now();

        Progress(PrintStream terminal) {
            this.terminal = terminal;
        }

        void staged(long line) {
            if (terminal != null) {
                terminal.print("\rstaging: read " + line + " lines");
            } else if (due()) {
                LOG.infof("staging: read %d lines", line);
            }
        }

        void decided(AssessmentRunView run) {
            String left = run.secondsLeft() == null ? "" : ", about " + run.secondsLeft() + " s left";
            String counts = run.decided() + "/" + run.lines() + " lines (" + run.assessed() + " assessed, "
                    + run.repeated() + " repeated, " + run.conflicts() + " conflicts, " + run.rejected() + " rejected)";
            if (terminal != null) {
                int width = 30;
                int filled = (int) Math.round(run.progress() * width);
                terminal.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                        + Math.round(run.progress() * 100) + "% " + counts + left + "   ");
            } else if (due()) {
                LOG.infof("deciding: %d%% %s%s", Math.round(run.progress() * 100), counts, left);
            }
        }

        void end(AssessmentRunView run) {
            if (terminal != null) {
                terminal.println();
            }
            double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
            LOG.infof("Assessment run %s %s in %.1f s: %d lines, %d assessed, %d repeated, %d conflicts, %d rejected"
                            + " (%.0f lines/s)", run.runId(), run.status(), seconds, run.lines(), run.assessed(),
                    run.repeated(), run.conflicts(), run.rejected(), run.lines() / seconds);
        }

        private boolean due() {
            Instant now = Instant.now();
            if (Duration.between(lastLog, now).compareTo(LOG_EVERY) >= 0) {
                lastLog = now;
                return true;
            }
            return false;
        }
    }

    private String sql(String statement) {
        return store.sql(statement);
    }
}
