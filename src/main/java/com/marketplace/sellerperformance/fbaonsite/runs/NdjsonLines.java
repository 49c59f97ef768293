package com.marketplace.sellerperformance.fbaonsite.runs;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of an NDJSON stream, one at a time and never more than a bounded line in memory: a line
 * longer than the bound is read to its end but kept only as {@link #TOO_LONG}.
 */
final class NdjsonLines {
    /** Stands for a line over the bound; compared by identity. */
    static final String TOO_LONG = new String("line too long");

    private final Reader reader;
    private final int maxChars;
    private final StringBuilder line = new StringBuilder();
    private long number;

    NdjsonLines(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** The next line (without its end), {@link #TOO_LONG}, or null at the end of the stream. */
    String next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (line.length() < maxChars) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
            c = reader.read();
        }
        number++;
        if (tooLong) {
            return TOO_LONG;
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    /** The number of the line last returned, from 1. */
    long number() {
        return number;
    }
}
