package com.marketplace.sellerperformance.events;

import com.marketplace.sellerperformance.records.Today;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * The daily job that announces the changes made by the passage of time, up to today in the
 * marketplace. Its schedule is DECISION_EVENTS_DAILY_CRON (a Quarkus cron, in the marketplace's
 * zone; {@code off} disables it). A missed day is caught up by the next run, each change still
 * dated on its own day; a second run for the same day announces nothing new.
 */
@ApplicationScoped
public class DailyDecisionEvents {
    private static final Logger LOG = Logger.getLogger(DailyDecisionEvents.class);

    private final Instance<ChangesWithTime> programs;

    public DailyDecisionEvents(Instance<ChangesWithTime> programs) {
        this.programs = programs;
    }

    @Scheduled(identity = "daily-decision-events", cron = "${decision-events.daily.cron:0 5 0 * * ?}",
            timeZone = Today.ZONE, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        runFor(Today.inMarketplace());
    }

    /** Announces every change the passage of time makes up to the day; how many were recorded. */
    public int runFor(LocalDate day) {
        int recorded = 0;
        for (ChangesWithTime program : programs) {
            recorded += program.announceUpTo(day);
        }
        LOG.infof("Decision events dated by time up to %s: %d recorded", day, recorded);
        return recorded;
    }
}
