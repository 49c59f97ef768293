package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.problems.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * A checked submission held against the periods already assessed for its seller: a new period, a
 * repeat of an assessment on record (the same period with the same facts), or a conflict.
 */
@ApplicationScoped
public class PeriodsOnRecord {
    private final ObjectMapper json;

    public PeriodsOnRecord(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The original assessment the submission repeats; empty for a new period. A conflict when the
     * period was assessed with other facts, or overlaps or precedes a period already assessed.
     */
    public Optional<AssessmentEntity> repeated(FbaSubmission submission, SellerPast past) {
        if (past.seller() == null) {
            return Optional.empty();
        }
        List<AssessmentEntity> overlappingOrLater = past.originalsOverlappingOrAfter(submission.periodStart());
        for (AssessmentEntity original : overlappingOrLater) {
            if (original.periodStart.equals(submission.periodStart()) && original.periodEnd.equals(submission.periodEnd())) {
                // The same facts: equal in everything, where an omitted assessment day matches the day decided before.
                FbaSubmission stored = json.convertValue(original.inputFacts, FbaSubmission.class);
                if ((submission.assessedOn() == null || submission.assessedOn().equals(original.assessedOn))
                        && stored.canonical().withAssessmentDay(null).equals(submission.canonical().withAssessmentDay(null))) {
                    return Optional.of(original);
                }
                throw new ConflictException("The period " + original.periodStart + " to " + original.periodEnd + " of seller " + submission.sellerId()
                        + " is already assessed (assessment " + original.assessmentId + ") with other facts;"
                        + " to correct it, appeal that assessment");
            }
            if (!original.periodStart.isAfter(submission.periodEnd())) {
                throw new ConflictException("The period " + submission.periodStart() + " to " + submission.periodEnd()
                        + " overlaps the period " + original.periodStart + " to " + original.periodEnd + " already assessed for seller "
                        + submission.sellerId() + " (assessment " + original.assessmentId + ")");
            }
        }
        if (!overlappingOrLater.isEmpty()) {
            AssessmentEntity latest = overlappingOrLater.get(overlappingOrLater.size() - 1);
            throw new ConflictException("The period " + submission.periodStart() + " to " + submission.periodEnd()
                    + " precedes the period " + latest.periodStart + " to " + latest.periodEnd + " already assessed for seller "
                    + submission.sellerId() + "; assessments are made in period order");
        }
        return Optional.empty();
    }

    /** The facts an assessment on record was decided from. */
    public FbaSubmission factsOf(AssessmentEntity assessment) {
        try {
            return json.treeToValue(assessment.inputFacts, FbaSubmission.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored facts of assessment " + assessment.assessmentId
                    + " cannot be read back", e);
        }
    }
}
