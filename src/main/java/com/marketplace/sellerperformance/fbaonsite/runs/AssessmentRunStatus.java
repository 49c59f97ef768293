package com.marketplace.sellerperformance.fbaonsite.runs;

/** Where a run is: its lines arriving, being decided, all decided, or given up. */
public enum AssessmentRunStatus {
    RECEIVING, RUNNING, COMPLETED, FAILED
}
