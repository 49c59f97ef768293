package com.marketplace.sellerperformance.web;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers a pooled connection's validation within 1 s. The pool's
 * own check waits as long as a request would (acquisition, then validation: 4 s on a silent
 * database); this one answers DOWN at its deadline and lets the late check finish in the background,
 * at most one at a time, so that probes never pile up on a database that does not answer.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    static final String NAME = "Database connections health check";
    static final Duration DEADLINE = Duration.ofSeconds(1);

    private final AgroalDataSource dataSource;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Boolean> running;

    public DatabaseReadiness(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    private synchronized Future<Boolean> check() {
        if (running == null || running.isDone()) {
            running = checks.submit(() -> dataSource.isHealthy(false));
        }
        return running;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            boolean healthy = check().get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            return healthy ? HealthCheckResponse.named(NAME).up().withData("<default>", "UP").build()
                    : down("validation check failed");
        } catch (TimeoutException e) {
            return down("no answer within " + DEADLINE.toMillis() + " ms");
        } catch (ExecutionException e) {
            return down(String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private static HealthCheckResponse down(String why) {
        return HealthCheckResponse.named(NAME).down().withData("<default>", why).build();
    }

    @PreDestroy
    void stop() {
        checks.shutdownNow();
    }
}
