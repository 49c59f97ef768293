package com.marketplace.sellerperformance.web;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How often an outage is logged (OUTAGE_LOG_*). The default is in application.properties. */
@ConfigMapping(prefix = "outage-log")
public interface OutageLogConfig {

    /** One line per kind of failure per interval, with the count held back. */
    Duration interval();
}
