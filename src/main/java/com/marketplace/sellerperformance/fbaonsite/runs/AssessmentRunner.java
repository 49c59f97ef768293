package com.marketplace.sellerperformance.fbaonsite.runs;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Decides a claimed run chunk by chunk, from wherever its cursor stands, to the end. */
@ApplicationScoped
public class AssessmentRunner {
    private final AssessmentRunStore store;
    private final RunChunk chunk;
    private final ActiveRuleSet rules;
    private final int chunkLines;
    private final Counter assessed;
    private final Counter repeated;
    private final Counter conflicts;
    private final Counter rejected;
    private final Timer chunks;
    private final AtomicInteger active;

    public AssessmentRunner(AssessmentRunStore store, RunChunk chunk, ActiveRuleSet rules, MeterRegistry registry,
                            RunsConfig runs) {
        this.store = store;
        this.chunk = chunk;
        this.rules = rules;
        this.chunkLines = runs.chunkLines();
        this.assessed = lines(registry, "assessed");
        this.repeated = lines(registry, "repeated");
        this.conflicts = lines(registry, "conflict");
        this.rejected = lines(registry, "rejected");
        this.chunks = Timer.builder("assessment.runs.chunk")
                .description("Time to decide and commit one chunk of a run's lines")
                .register(registry);
        this.active = registry.gauge("assessment.runs.active", new AtomicInteger());
    }

    private static Counter lines(MeterRegistry registry, String outcome) {
        return Counter.builder("assessment.runs.lines")
                .description("Lines of assessment runs decided, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    /**
     * Decides the rest of the run, its parts side by side (a seller's lines are all in one part, in
     * line order); {@code progress} hears the run every second and at the end.
     */
    public AssessmentRunView run(RunClaim claim, Consumer<AssessmentRunView> progress)
            throws SQLException, InterruptedException {
        UUID runId = claim.runId();
        String poster = posterOf(runId);
        int parts = store.parts(runId);
        store.deciding(runId, rules.current().version());
        active.incrementAndGet();
        ExecutorService deciders = Executors.newFixedThreadPool(parts, runnable -> {
            Thread thread = new Thread(runnable, "assessment-run-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> decided = new ArrayList<>();
            for (int part = 0; part < parts; part++) {
                int which = part;
                decided.add(deciders.submit(() -> decidePart(runId, which, poster)));
            }
            for (Future<?> part : decided) {
                while (true) {
                    try {
                        part.get(1, TimeUnit.SECONDS);
                        break;
                    } catch (TimeoutException e) {
                        store.find(runId).ifPresent(progress);
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("A part of run " + runId + " stopped", e.getCause());
                    }
                }
            }
            store.completed(runId);
        } finally {
            deciders.shutdownNow();
            active.decrementAndGet();
        }
        AssessmentRunView finished = store.find(runId).orElseThrow();
        progress.accept(finished);
        return finished;
    }

    private Void decidePart(UUID runId, int part, String poster) {
        while (!Thread.currentThread().isInterrupted()) {
            Timer.Sample sample = Timer.start();
            RunChunk.Decided decided = chunk.next(runId, part, poster, chunkLines);
            if (decided.lines() == 0) {
                break;
            }
            sample.stop(chunks);
            assessed.increment(decided.assessed());
            repeated.increment(decided.repeated());
            conflicts.increment(decided.conflicts());
            rejected.increment(decided.rejected());
        }
        return null;
    }

    private String posterOf(UUID runId) throws SQLException {
        try (Connection connection = store.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(sql("SELECT created_by FROM {h-schema}assessment_run WHERE run_id = ?"))) {
            select.setObject(1, runId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private String sql(String statement) {
        return store.sql(statement);
    }
}
