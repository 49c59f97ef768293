package com.marketplace.sellerperformance.records;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today in the marketplace's zone, for dates a caller leaves out. */
public final class Today {
    /** The marketplace's time zone, also the zone of its scheduled jobs. */
    public static final String ZONE = "America/Sao_Paulo";
    private static final ZoneId MARKETPLACE = ZoneId.of(ZONE);

    private Today() {
    }

    public static LocalDate inMarketplace() {
        return LocalDate.now(MARKETPLACE);
    }
}
