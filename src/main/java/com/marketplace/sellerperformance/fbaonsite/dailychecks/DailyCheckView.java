package com.marketplace.sellerperformance.fbaonsite.dailychecks;

import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A daily check's outcome and the seller's standing on that day. */
public record DailyCheckView(UUID checkId, String sellerId, LocalDate day, boolean deactivated,
                             List<String> exceeded, String ruleSetVersion, List<String> firedRules, String createdBy,
                             StandingView standing) {
}
