package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentPeriod;
import com.marketplace.sellerperformance.fbaonsite.facts.FamilyReturns;
import com.marketplace.sellerperformance.fbaonsite.facts.FbaPeriodFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * A submission as the FBA Onsite rules see it, made once when the submission is checked and then
 * given to whichever rules ask about it: the period, the seller's numbers over it, and one line of
 * returns per product family.
 */
public record SubmissionFacts(FbaSubmission submission, AssessmentPeriod period, List<Object> facts) {

    /** The facts of a submission with every value present (see {@link FbaSubmission#hasEveryValue}). */
    public static SubmissionFacts of(FbaSubmission submission) {
        AssessmentPeriod period = new AssessmentPeriod(submission.periodStart(), submission.periodEnd());
        List<Object> facts = new ArrayList<>();
        facts.add(period);
        facts.add(new FbaPeriodFacts(submission.sellerId(), submission.periodStart(), submission.periodEnd(),
                submission.assessedOn(), submission.unitsShipped(), submission.unitsLateProcessed(),
                submission.unitsCancelled(), submission.unitsLateHandover()));
        List<FbaSubmission.FamilyReturnsLine> returns = submission.returnsOrEmpty();
        for (int i = 0; i < returns.size(); i++) {
            FbaSubmission.FamilyReturnsLine line = returns.get(i);
            facts.add(new FamilyReturns(i, line.family(), line.shipped(), line.returned()));
        }
        return new SubmissionFacts(submission, period, List.copyOf(facts));
    }
}
