package com.marketplace.sellerperformance.engine;

import java.util.List;
import java.util.regex.Pattern;

/** Where a rule that failed while the set was compiled is written, for errors an analyst can follow. */
final class RuleFailures {
    private RuleFailures() {
    }

    /** An error pointed at the line that opens the rule (the engine reports no place for a failing action). */
    static RuleError errorAt(List<RuleFile> files, String rule, String message) {
        Pattern opening = Pattern.compile("^\\s*rule\\s+[\"']" + Pattern.quote(rule) + "[\"']");
        for (RuleFile file : files) {
            String[] lines = file.content().split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (opening.matcher(lines[i]).find()) {
                    return new RuleError(file.path(), i + 1, message);
                }
            }
        }
        return new RuleError(files.isEmpty() ? "" : files.get(0).program(), 0, message);
    }

    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
