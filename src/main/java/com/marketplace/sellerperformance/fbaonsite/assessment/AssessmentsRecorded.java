package com.marketplace.sellerperformance.fbaonsite.assessment;

import java.util.List;

/**
 * Assessment revisions just stored (new weeks, a revision after an accepted appeal), told
 * synchronously in the transaction that stores them, so what the seller is told of them is written
 * with them.
 */
public record AssessmentsRecorded(List<AssessmentView> revisions) {
}
