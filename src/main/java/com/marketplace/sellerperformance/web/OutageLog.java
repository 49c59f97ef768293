package com.marketplace.sellerperformance.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * An outage logs a few lines, not one per failed request: what the loggers below report about a
 * database or broker away passes once per kind per interval (OUTAGE_LOG_INTERVAL), without its stack
 * trace, and says how many like it were held back since the last one. Other problems (a 500 of a
 * bug, a 503 for another reason) are logged as always.
 */
@ApplicationScoped
public class OutageLog implements Filter {
    /** The loggers that report every failed request, probe or retry of an outage. */
    static final List<String> LOGGERS = List.of(
            "http-problem",                    // a 5xx problem, with its stack trace
            "org.hibernate.orm.jdbc.error",    // the SQL state and message of every failed statement
            "io.agroal.pool",                  // every failed connection attempt and validation
            "io.smallrye.health",              // every probe while DOWN
            "com.marketplace.sellerperformance.events.OutboxRelay",
            "io.vertx.rabbitmq.impl.RabbitMQClientImpl",    // every failed reconnect to the broker, with its stack trace
            "io.vertx.rabbitmq.impl.RabbitMQPublisherImpl",
            "com.marketplace.sellerperformance.fbaonsite.runs.RunResumer");

    private final Duration interval;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    /** The filtered loggers, held so that they (and their filter) are not collected. */
    private final List<Logger> filtered = new ArrayList<>();

    public OutageLog(OutageLogConfig config) {
        this.interval = config.interval();
    }

    private static final class Window {
        long startedAt;
        int held;
        boolean open;
    }

    void start(@Observes StartupEvent started) {
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            logger.setFilter(this);
            filtered.add(logger);
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String kind = kindOf(record);
        if (kind == null) {
            return true;
        }
        Window window = windows.computeIfAbsent(kind, k -> new Window());
        int held;
        synchronized (window) {
            long now = System.nanoTime();
            if (window.open && now - window.startedAt < interval.toNanos()) {
                window.held++;
                return false;
            }
            held = window.held;
            window.open = true;
            window.startedAt = now;
            window.held = 0;
        }
        shorten(record, held);
        return true;
    }

    /** The kind of failure a record reports, or null for one that is not held back. */
    private static String kindOf(LogRecord record) {
        String logger = record.getLoggerName();
        if ("http-problem".equals(logger)) {
            String message = record.getMessage();
            return message != null && message.contains(ProblemShapes.DATABASE_UNAVAILABLE.toString())
                    ? "http-problem " + ProblemShapes.DATABASE_UNAVAILABLE : null;
        }
        return logger;
    }

    private void shorten(LogRecord record, int held) {
        String message = message(record);
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            Throwable root = thrown;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            message += " [" + root.getClass().getName() + ": " + root.getMessage() + "]";
            record.setThrown(null);
        }
        if (held > 0) {
            message += " (" + held + " more like this in the last " + interval.toSeconds() + " s)";
        }
        if (record instanceof ExtLogRecord ext) {
            ext.setMessage(message, ExtLogRecord.FormatStyle.NO_FORMAT);
        } else {
            record.setMessage(message);
        }
        record.setParameters(null);
    }

    private static String message(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            return ext.getFormattedMessage();
        }
        return new SimpleFormatter().formatMessage(record);
    }
}
