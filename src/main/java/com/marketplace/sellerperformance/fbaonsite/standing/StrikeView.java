package com.marketplace.sellerperformance.fbaonsite.standing;

import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;
import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import com.marketplace.sellerperformance.fbaonsite.ladder.LadderAsKnown;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeStatus;
import java.time.LocalDate;
import java.util.UUID;

/** A strike as the API shows it; strikeId is null in a dry run, revokedByRevision set once revoked. */
public record StrikeView(UUID strikeId, int number, String metric, LocalDate issuedOn, LocalDate expiresOn,
                         Penalty penalty, Integer minimumDeactivationDays, boolean planOfActionRequired,
                         StrikeStatus status, UUID assessmentId, Integer revokedByRevision) {

    public static StrikeView of(StrikeEntity strike) {
        return new StrikeView(strike.strikeId, strike.number, strike.metric, strike.issuedOn, strike.expiresOn,
                strike.penalty, strike.minimumDeactivationDays, strike.planOfActionRequired, strike.status,
                strike.assessmentId, strike.revokedByRevision);
    }

    /** A strike as the ladder decided it with what was known on some day: standing then. */
    public static StrikeView asKnown(LadderAsKnown.KnownStrike known) {
        Strike strike = known.strike();
        return new StrikeView(known.strikeId(), strike.getNumber(), strike.getMetric(), strike.getIssuedOn(),
                strike.getExpiresOn(), strike.getPenalty(), strike.getMinimumDeactivationDays(),
                strike.isPlanOfActionRequired(), StrikeStatus.ACTIVE, known.assessmentId(), null);
    }

    public static StrikeView proposed(Strike strike) {
        return new StrikeView(null, strike.getNumber(), strike.getMetric(), strike.getIssuedOn(),
                strike.getExpiresOn(), strike.getPenalty(), strike.getMinimumDeactivationDays(),
                strike.isPlanOfActionRequired(), StrikeStatus.ACTIVE, null, null);
    }
}
