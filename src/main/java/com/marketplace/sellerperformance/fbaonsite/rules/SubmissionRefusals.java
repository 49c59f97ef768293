package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.engine.Evaluation;
import com.marketplace.sellerperformance.engine.RuleEvaluator;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.fbaonsite.facts.InputRejection;
import com.marketplace.sellerperformance.problems.BadInputException;
import com.marketplace.sellerperformance.problems.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;

/**
 * What the FBA Onsite rules refuse in a submission (unknown families, too long a period, …), asked
 * while the submission is checked so that every fault is answered at once.
 */
@ApplicationScoped
public class SubmissionRefusals {
    private final RuleEvaluator evaluator;

    public SubmissionRefusals(RuleEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The faults the rules find in the facts; none when they are fine. */
    public List<FieldError> foundIn(RuleSet ruleSet, SubmissionFacts facts) {
        return refusalsIn(evaluator.evaluate(ruleSet, FbaOnsiteRules.PROGRAM, FbaOnsiteRules.MEASURE, facts.facts()));
    }

    /** Bad input when the rules refused what they were given. */
    static void rejectIfRefused(Evaluation evaluation) {
        List<FieldError> refusals = refusalsIn(evaluation);
        if (!refusals.isEmpty()) {
            throw new BadInputException(refusals);
        }
    }

    private static List<FieldError> refusalsIn(Evaluation evaluation) {
        return evaluation.all(InputRejection.class).stream()
                .map(rejection -> new FieldError(rejection.getField(), rejection.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }
}
