package com.marketplace.sellerperformance.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A change a seller or provider is told about, as published: {@code eventId} is the same every time
 * the same change is recorded or published again, so consumers drop repeats by it.
 */
public record DecisionEvent(UUID eventId, Type type, String subjectId, String program, LocalDate effectiveOn,
                            Instant decidedAt, String ruleSetVersion, Map<String, Object> details) {

    /** What changed. */
    public enum Type {
        STRIKE_ISSUED, STRIKE_REVOKED, PRIME_BADGE_REMOVED, PRIME_BADGE_RESTORED, DEACTIVATED, REACTIVATED,
        ACCOUNT_STATUS_CHANGED
    }

    /** The routing key on the exchange: {@code <program>.<type>}, e.g. {@code fba-onsite.DEACTIVATED}. */
    public String routingKey() {
        return program + "." + type;
    }
}
