package com.marketplace.sellerperformance.api;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today in the marketplace's zone, for dates a caller leaves out. */
final class Today {
    private static final ZoneId MARKETPLACE = ZoneId.of("America/Sao_Paulo");

    private Today() {
    }

    static LocalDate inMarketplace() {
        return LocalDate.now(MARKETPLACE);
    }
}
