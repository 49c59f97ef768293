package com.marketplace.sellerperformance.fbaonsite.runs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of an NDJSON stream, one at a time and never more than a bounded line in memory: a line
 * longer than the bound is read to its end but kept only as {@link #TOO_LONG}. Lines are split on
 * bytes (a newline byte is never part of another UTF-8 character) and only a line within the bound
 * is decoded, so an over-long line costs a scan, not a decode. The stream as a whole is held to
 * {@link RunCaps}: past either cap, {@link RunTooLargeException}.
 */
final class NdjsonLines {
    /** Stands for a line over the bound; compared by identity. */
    static final String TOO_LONG = new String("line too long");

    private final InputStream in;
    private final int maxChars;
    private final int maxLineBytes;
    private final RunCaps caps;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int length;
    private long number;
    private long bytes;

    NdjsonLines(InputStream in, int maxChars, RunCaps caps) {
        this.in = in;
        this.maxChars = maxChars;
        this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 8, 4L * maxChars + 1); // '\r' and 4 bytes a character at most
        this.caps = caps;
    }

    /** The next line (without its end), {@link #TOO_LONG}, or null at the end of the stream. */
    String next() throws IOException {
        length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int end = indexOfNewline();
            int stop = end < 0 ? limit : end;
            if (!tooLong) {
                tooLong = !append(stop - position);
            }
            position = end < 0 ? limit : end + 1;
            if (end >= 0) {
                break;
            }
        }
        number++;
        caps.checkLines(number);
        if (tooLong) {
            return TOO_LONG;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        String text = new String(line, 0, length, StandardCharsets.UTF_8);
        return text.length() > maxChars ? TOO_LONG : text;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Adds the buffer's bytes from the position to the line; false when the line is over its bound. */
    private boolean append(int count) {
        if (length + (long) count > maxLineBytes) {
            return false;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, Math.min(maxLineBytes, line.length * 2)));
        }
        System.arraycopy(buffer, position, line, length, count);
        length += count;
        return true;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        while (read == 0) {
            read = in.read(buffer);
        }
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        bytes += read;
        caps.checkBytes(bytes);
        return true;
    }

    /** The number of the line last returned, from 1. */
    long number() {
        return number;
    }
}
