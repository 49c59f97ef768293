package com.marketplace.sellerperformance.fbaonsite.runs;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * How weekly runs are received and decided (RUNS_*). Every default is in application.properties,
 * with its reason.
 */
@ConfigMapping(prefix = "runs")
public interface RunsConfig {

    /** Into how many parts a run's sellers are split, each decided by one worker at a time. */
    int parts();

    /** Lines staged per commit while an upload is read. */
    int stagingBatchLines();

    /** The longest line accepted; a longer one is rejected without being staged. */
    int maxLineChars();

    /** The most a run may hold after decompression ({@value RunCaps#BYTES}). */
    MemorySize maxDecompressedBytes();

    /** The most lines a run may hold, blank ones included ({@value RunCaps#LINES}). */
    long maxLines();

    /** Lines decided in one transaction. */
    int chunkLines();

    /** How long one chunk's transaction may take. */
    Duration chunkTimeout();

    /** How often a line failing with an unexpected error is tried before it is rejected as ERROR. */
    int lineAttempts();

    /** The wait between two tries of such a line. */
    Duration lineRetryDelay();

    Worker worker();

    interface Worker {
        /** Whether this process takes up runs left unfinished (by a restart or another pod). */
        boolean enabled();

        /** How often unfinished runs are looked for. */
        Duration pollInterval();
    }

    default RunCaps caps() {
        return new RunCaps(maxDecompressedBytes().asLongValue(), maxLines());
    }
}
