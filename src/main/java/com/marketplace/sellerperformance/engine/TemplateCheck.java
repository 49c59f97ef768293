package com.marketplace.sellerperformance.engine;

import java.util.List;

/**
 * Checks the wording a rule set's decisions are told in (its notice templates and message bundles)
 * by rendering it, in every language, from what its scenarios decided; the engine owns this seam,
 * the notices fill it. A problem is a file, a line (0 when it cannot be told) and a message.
 */
public interface TemplateCheck {

    /**
     * One thing a scenario's decisions tell their subject: the program's template it is written with,
     * its kind, the value the template sees under {@code name} (a summary, a notice), and the messages
     * written with it besides its subject (a summary's appeal texts).
     */
    record Told(String program, String template, String kind, String name, Object value, List<String> messages) {
    }

    /** Every problem of the rule set's templates; empty when each renders in every language. */
    List<RuleError> check(RuleSet ruleSet, List<Told> told);
}
