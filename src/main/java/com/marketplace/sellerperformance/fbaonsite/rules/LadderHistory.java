package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import java.time.LocalDate;
import java.util.List;

/** What the ladder needs to know of a seller's past when deciding one assessment's strikes. */
public record LadderHistory(List<StrikeOnRecord> earlierStrikes, List<LocalDate> immediateDeactivationDays) {

    public static LadderHistory none() {
        return new LadderHistory(List.of(), List.of());
    }
}
