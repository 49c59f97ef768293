package com.marketplace.sellerperformance.fbaonsite.standing;

import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;
import java.time.LocalDate;
import java.util.List;

/** A seller's FBA Onsite standing on one day. */
public record StandingView(String sellerId, LocalDate on, AccountStatus accountStatus, boolean primeBadge,
                           boolean primeEligible, int activeStrikes, List<StrikeView> strikes,
                           DeactivationView deactivation, Penalty penalty) {

    /** Whether the seller may sell on the day. */
    public enum AccountStatus {
        ACTIVE, DEACTIVATED;

        public static AccountStatus of(boolean deactivated) {
            return deactivated ? DEACTIVATED : ACTIVE;
        }
    }

    /** The deactivation in force: for strikes (with its plan of action) or immediate (daily checks). */
    public record DeactivationView(String reason, LocalDate since, LocalDate minimumUntil,
                                   boolean planOfActionRequired, String planOfActionStatus,
                                   LocalDate reactivatesOn) {
    }
}
