package com.marketplace.sellerperformance.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/** Every line the service logs, a stack trace counted line by line. */
public final class LogLines extends Handler {
    public final AtomicInteger lines = new AtomicInteger();
    public final Map<String, Integer> byLogger = new ConcurrentHashMap<>();

    @Override
    public void publish(LogRecord record) {
        int count = 1;
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            count += (int) trace.toString().lines().count();
        }
        lines.addAndGet(count);
        byLogger.merge(record.getLoggerName(), count, Integer::sum);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
