package com.marketplace.sellerperformance.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Failures counted per user name and per client address, each locking on its own, for a window. */
class SignInThrottleTest {
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SignInThrottle throttle = new SignInThrottle(Settings.of(3, WINDOW), registry, clock);

    @Test
    void aNameTriedFromManyAddressesIsLockedForEveryAddress() {
        for (int i = 1; i <= 3; i++) {
            assertEquals(Optional.empty(), throttle.refusedFor("alice", "10.0.0." + i));
            throttle.failed("alice", "10.0.0." + i);
        }
        assertEquals(Optional.of(WINDOW), throttle.refusedFor("alice", "10.0.0.99"));
        assertEquals(Optional.empty(), throttle.refusedFor("bob", "10.0.0.1"), "each address failed only once");
    }

    @Test
    void anAddressTryingManyNamesIsLockedForEveryName() {
        for (String name : new String[] {"alice", "bob", "carol"}) {
            throttle.failed(name, "10.0.0.1");
        }
        assertEquals(Optional.of(WINDOW), throttle.refusedFor("dave", "10.0.0.1"));
        assertEquals(Optional.empty(), throttle.refusedFor("alice", "10.0.0.2"), "alice failed only once");
    }

    @Test
    void theLockLastsAWindowFromTheFailureThatReachedTheMaximumThenCountingStartsAfresh() {
        throttle.failed("alice", "10.0.0.1");
        clock.advance(Duration.ofMinutes(1));
        throttle.failed("alice", "10.0.0.2");
        throttle.failed("alice", "10.0.0.3");
        clock.advance(Duration.ofMinutes(4));
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.refusedFor("alice", "10.0.0.4"));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.refusedFor("alice", "10.0.0.4"));
        throttle.failed("alice", "10.0.0.4");
        assertEquals(Optional.empty(), throttle.refusedFor("alice", "10.0.0.4"), "one failure in a new window");
    }

    @Test
    void failuresSpreadOverMoreThanAWindowDoNotLock() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("alice", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(3));
        }
        assertEquals(Optional.empty(), throttle.refusedFor("alice", "10.0.0.9"));
    }

    @Test
    void refusalsAreCountedByReason() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        throttle.refusedFor("alice", "10.0.0.1");
        throttle.refusedFor("alice", "10.0.0.1");
        assertEquals(3.0, registry.get("sign.in.refusals").tag("reason", "wrong-credentials").counter().count());
        assertEquals(2.0, registry.get("sign.in.refusals").tag("reason", "throttled").counter().count());
    }
}
