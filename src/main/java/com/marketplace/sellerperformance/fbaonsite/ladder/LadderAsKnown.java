package com.marketplace.sellerperformance.fbaonsite.ladder;

import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A seller's ladder as it stood with what was decided on or before a day: each assessment at the
 * revision then in force, the strikes the rules decided for them, and the strikes revoked by then.
 *
 * @param assessments the assessments known, each at its revision then, in period order
 * @param standing    the strikes that stood, by assessment id
 * @param revoked     stored strikes already revoked by then, by assessment id
 */
public record LadderAsKnown(LocalDate asOf, List<AssessmentEntity> assessments,
                          Map<UUID, List<KnownStrike>> standing, Map<UUID, List<StrikeEntity>> revoked) {

    /** A strike as the ladder then decided it; strikeId is that of the stored strike of the same metric. */
    public record KnownStrike(UUID strikeId, UUID assessmentId, Strike strike) {
        /** The strike's id, or for one never stored (revoked before it could be), its assessment and metric. */
        public String key() {
            return strikeId != null ? strikeId.toString() : assessmentId + "/" + strike.getMetric();
        }

        public StrikeOnRecord onRecord() {
            return new StrikeOnRecord(key(), strike.getMetric(), strike.getNumber(),
                    strike.getIssuedOn(), strike.getExpiresOn(), strike.getPenalty(),
                    strike.getMinimumDeactivationDays(), strike.isPlanOfActionRequired());
        }
    }

    public List<KnownStrike> allStanding() {
        return assessments.stream().flatMap(a -> standing.getOrDefault(a.assessmentId, List.of()).stream()).toList();
    }
}
