package com.marketplace.sellerperformance.engine;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Compiles the rules directory at start (the service does not start on rules that do not compile),
 * then watches it: a change is reloaded through {@link RuleSetReloader}, which keeps the running set
 * when the new one fails.
 */
@ApplicationScoped
public class RuleSetStartup {
    private static final Logger LOG = Logger.getLogger(RuleSetStartup.class);

    private final RuleSetReloader reloader;
    private final RulesConfig config;
    private ScheduledExecutorService watcher;
    private volatile String lastSeenVersion;

    public RuleSetStartup(RuleSetReloader reloader, RulesConfig config) {
        this.reloader = reloader;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        long started = System.nanoTime();
        RuleSet ruleSet;
        try {
            ruleSet = reloader.loadAtStart();
        } catch (RuleSetCompilationException e) {
            LOG.error(e.getMessage());
            throw e;
        }
        lastSeenVersion = ruleSet.version();
        LOG.infof("Rule set %s loaded from %s (%d files, programs %s) in %d ms", ruleSet.version(), ruleSet.source(),
                ruleSet.files().size(), ruleSet.programs().keySet(), (System.nanoTime() - started) / 1_000_000);
        Duration interval = config.watchInterval();
        boolean watchable = RuleSetReloader.canCompileAtRunTime()
                && Files.isDirectory(reloader.directory());
        if (watchable && !interval.isZero() && !interval.isNegative()) {
            watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "rules-watcher");
                thread.setDaemon(true);
                return thread;
            });
            watcher.scheduleWithFixedDelay(this::reloadIfChanged, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }

    /** Reloads when the directory's content (its version hash) differs from the last one seen. */
    private void reloadIfChanged() {
        try {
            String current = RuleSetCompiler.versionOf(RuleSetLoader.readFiles(reloader.directory()));
            if (!current.equals(lastSeenVersion)) {
                lastSeenVersion = current;
                reloader.reload("rules-watcher");
            }
        } catch (RuntimeException e) {
            LOG.warnf("Watching %s: %s", reloader.directory(), e.getMessage());
        }
    }
}
