package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.rules.SubmissionFacts;
import com.marketplace.sellerperformance.fbaonsite.rules.SubmissionRefusals;
import com.marketplace.sellerperformance.problems.BadInputException;
import com.marketplace.sellerperformance.problems.FieldError;
import com.marketplace.sellerperformance.problems.InputCheck;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first step of deciding a week: every fault of a submission at once (its declared
 * constraints, its dates and families, and what the rules refuse when the facts are complete
 * enough to give them), or the submission made into the rules' facts.
 */
@ApplicationScoped
public class SubmissionCheck {
    private final InputCheck input;
    private final ActiveRuleSet rules;
    private final SubmissionRefusals refusals;

    public SubmissionCheck(InputCheck input, ActiveRuleSet rules, SubmissionRefusals refusals) {
        this.input = input;
        this.rules = rules;
        this.refusals = refusals;
    }

    /** The submission's facts; bad input, with every fault found, when it has any. */
    public SubmissionFacts checked(FbaSubmission submission) {
        List<FieldError> errors = new ArrayList<>(input.violations(submission));
        if (submission.periodStart() != null && submission.periodEnd() != null
                && submission.periodEnd().isBefore(submission.periodStart())) {
            errors.add(new FieldError("periodEnd", "must not be before periodStart"));
        }
        Set<String> families = new HashSet<>();
        List<FbaSubmission.FamilyReturnsLine> returns = submission.returnsOrEmpty();
        for (int i = 0; i < returns.size(); i++) {
            if (returns.get(i) != null && returns.get(i).family() != null && !families.add(returns.get(i).family())) {
                errors.add(new FieldError("returns[" + i + "].family",
                        "the family '" + returns.get(i).family() + "' appears more than once"));
            }
        }
        if (errors.isEmpty()) {
            return SubmissionFacts.of(submission);
        }
        if (submission.hasEveryValue() && submission.countsWithinBounds()) {
            errors.addAll(refusals.foundIn(rules.current(), SubmissionFacts.of(submission)));
        }
        throw BadInputException.ofAll(errors);
    }
}
