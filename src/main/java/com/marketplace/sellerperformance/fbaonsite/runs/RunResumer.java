package com.marketplace.sellerperformance.fbaonsite.runs;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Decides posted runs in the background, one at a time, and looks every few seconds for runs that
 * nobody holds: a run whose process died while deciding is taken up where its last chunk was
 * committed; one whose upload was cut off before its end failed, as its poster was never answered.
 */
@ApplicationScoped
public class RunResumer {
    private static final Logger LOG = Logger.getLogger(RunResumer.class);

    private final AssessmentRunStore store;
    private final AssessmentRunner runner;
    private final boolean enabled;
    private final Duration interval;
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();
    private ExecutorService worker;
    private ScheduledExecutorService poller;

    public RunResumer(AssessmentRunStore store, AssessmentRunner runner,
RunsConfig runs) {
        this.store = store;
        this.runner = runner;
        this.enabled = runs.worker().enabled();
        this.interval = runs.worker().pollInterval();
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        worker = Executors.newSingleThreadExecutor(runnable -> thread(runnable, "assessment-runs"));
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> thread(runnable, "assessment-runs-poll"));
        poller.scheduleWithFixedDelay(this::lookForRuns, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
            worker.shutdownNow();
        }
    }

    private static Thread thread(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Decides the run soon, in the background. */
    public void decideSoon(UUID runId) {
        if (worker != null && queued.add(runId)) {
            worker.execute(() -> {
                try {
                    takeUp(runId);
                } finally {
                    queued.remove(runId);
                }
            });
        }
    }

    private void lookForRuns() {
        try {
            store.unfinished().forEach(this::decideSoon);
        } catch (Exception e) {
            LOG.warnf("Looking for unfinished assessment runs failed: %s", e.getMessage());
        }
    }

    private void takeUp(UUID runId) {
        try (RunClaim claim = RunClaim.tryTake(store.dataSource(), runId)) {
            if (claim == null) {
                return; // another process works on it
            }
            Optional<AssessmentRunView> run = store.find(runId);
            if (run.isEmpty()) {
                return;
            }
            switch (run.get().status()) {
                case RECEIVING -> store.failed(runId, "The upload was cut off after " + run.get().lines()
                        + " lines and was never answered; nothing of it was assessed. Post the file again.");
                case RUNNING -> {
                    LOG.infof("Deciding assessment run %s from line %d of %d", runId, run.get().decided() + 1,
                            run.get().lines());
                    AssessmentRunView done = runner.run(claim, view -> {
                    });
                    LOG.infof("Assessment run %s %s: %d assessed, %d repeated, %d conflicts, %d rejected", runId,
                            done.status(), done.assessed(), done.repeated(), done.conflicts(), done.rejected());
                }
                default -> {
                }
            }
        } catch (Exception e) {
            // The run stays RUNNING and is taken up again at the next look (a database outage, say).
            LOG.errorf(e, "Assessment run %s stopped; it will be taken up again", runId);
        }
    }
}
