package com.marketplace.sellerperformance.records;

/** Where a plan (of action, or of improvement) stands in its review. */
public enum ReviewStatus {
    SUBMITTED, APPROVED, REJECTED
}
