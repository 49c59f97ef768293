package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;

/**
 * What one submission came to in {@link WeekRecording#assessAll}: its new week with the seller's
 * standing on the assessment day, or the original assessment of the same facts again, or the bad
 * input or conflict that refused it.
 */
public record SubmissionOutcome(NewWeek week, StandingView standing, AssessmentEntity original, RuntimeException refused) {
    public boolean repeated() {
        return original != null;
    }
}
