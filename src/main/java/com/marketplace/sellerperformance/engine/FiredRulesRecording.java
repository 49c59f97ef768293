package com.marketplace.sellerperformance.engine;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules fired, by program, in every session opened on this thread while the recording is open:
 * how a scenario's coverage is seen without the programs' code passing it along. Decisions served
 * outside a recording note nothing.
 */
public final class FiredRulesRecording implements AutoCloseable {
    private static final ThreadLocal<FiredRulesRecording> OPEN = new ThreadLocal<>();

    private final Map<String, Set<String>> fired = new TreeMap<>();
    private final FiredRulesRecording outer;

    private FiredRulesRecording(FiredRulesRecording outer) {
        this.outer = outer;
    }

    /** Starts recording on this thread until {@link #close()}. */
    public static FiredRulesRecording start() {
        FiredRulesRecording recording = new FiredRulesRecording(OPEN.get());
        OPEN.set(recording);
        return recording;
    }

    static void note(String program, Collection<String> rules) {
        FiredRulesRecording recording = OPEN.get();
        if (recording != null && !rules.isEmpty()) {
            recording.fired.computeIfAbsent(program, p -> new TreeSet<>()).addAll(rules);
        }
    }

    /** Program → the names of the rules fired at least once. */
    public Map<String, Set<String>> fired() {
        Map<String, Set<String>> copy = new TreeMap<>();
        fired.forEach((program, rules) -> copy.put(program, Set.copyOf(rules)));
        return copy;
    }

    @Override
    public void close() {
        if (outer == null) {
            OPEN.remove();
        } else {
            OPEN.set(outer);
        }
    }
}
