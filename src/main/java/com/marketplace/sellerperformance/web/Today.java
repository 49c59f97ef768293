package com.marketplace.sellerperformance.web;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today in the marketplace's zone, for dates a caller leaves out. */
public final class Today {
    private static final ZoneId MARKETPLACE = ZoneId.of("America/Sao_Paulo");

    private Today() {
    }

    public static LocalDate inMarketplace() {
        return LocalDate.now(MARKETPLACE);
    }
}
