package com.marketplace.sellerperformance.signin;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per user name and per client address: once either reaches
 * {@code sign-in.max-failures} within {@code sign-in.failure-window}, every attempt for that name or from
 * that address is refused, right password or not, for a window from the failure that reached the
 * maximum. Kept in memory: each instance of the service counts its own.
 */
@ApplicationScoped
public class SignInThrottle {
    private record Failures(Instant windowStart, int count, Instant lockedUntil) {
    }

    private final SignInConfig config;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Counter refused;
    private final Counter throttled;

    @Inject
    public SignInThrottle(SignInConfig config, MeterRegistry registry) {
        this(config, registry, Clock.systemUTC());
    }

    SignInThrottle(SignInConfig config, MeterRegistry registry, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.refused = counter(registry, "wrong-credentials");
        this.throttled = counter(registry, "throttled");
    }

    private static Counter counter(MeterRegistry registry, String reason) {
        return Counter.builder("sign.in.refusals")
                .description("Sign-ins refused: wrong credentials, or refused unchecked after too many failures")
                .tag("reason", reason)
                .register(registry);
    }

    /** How long attempts for this name or from this address are refused; empty when they are not. */
    public Optional<Duration> refusedFor(String name, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(userKey(name), now), lockedUntil(addressKey(address), now));
        if (until == null) {
            return Optional.empty();
        }
        throttled.increment();
        return Optional.of(Duration.between(now, until));
    }

    public void failed(String name, String address) {
        refused.increment();
        Instant now = clock.instant();
        count(userKey(name), now);
        count(addressKey(address), now);
    }

    private void count(String key, Instant now) {
        failures.compute(key, (k, earlier) -> {
            Failures current = earlier == null || !now.isBefore(earlier.windowStart().plus(config.failureWindow()))
                    && (earlier.lockedUntil() == null || !now.isBefore(earlier.lockedUntil()))
                    ? new Failures(now, 0, null) : earlier;
            int count = current.count() + 1;
            Instant lockedUntil = count >= config.maxFailures() ? now.plus(config.failureWindow()) : current.lockedUntil();
            return new Failures(current.windowStart(), count, lockedUntil);
        });
    }

    private Instant lockedUntil(String key, Instant now) {
        Failures current = failures.get(key);
        return current == null || current.lockedUntil() == null || !now.isBefore(current.lockedUntil())
                ? null : current.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static String userKey(String name) {
        return "user:" + name;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** Forgets windows that have passed, so that names tried once do not pile up. */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetPassedWindows() {
        Instant now = clock.instant();
        failures.values().removeIf(f -> !now.isBefore(f.windowStart().plus(config.failureWindow()))
                && (f.lockedUntil() == null || !now.isBefore(f.lockedUntil())));
    }
}
