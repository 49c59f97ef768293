package com.marketplace.sellerperformance.fbaonsite.runs;

/**
 * The most a run may hold: bytes after decompression (runs.max-decompressed-bytes) and lines, blank
 * ones included (runs.max-lines). A gzip body that inflates without end is stopped by the first.
 */
public record RunCaps(long maxBytes, long maxLines) {
    public static final String BYTES = "runs.max-decompressed-bytes";
    public static final String LINES = "runs.max-lines";

    void checkBytes(long bytes) {
        if (bytes > maxBytes) {
            throw new RunTooLargeException(BYTES, maxBytes, "more than " + maxBytes + " bytes"
                    + " (after decompression)");
        }
    }

    void checkLines(long lines) {
        if (lines > maxLines) {
            throw new RunTooLargeException(LINES, maxLines, "more than " + maxLines + " lines");
        }
    }
}
