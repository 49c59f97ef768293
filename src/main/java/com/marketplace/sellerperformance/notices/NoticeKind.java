package com.marketplace.sellerperformance.notices;

/** What a notice tells: the summary of an assessment, or one change of a seller's or provider's standing. */
public enum NoticeKind {
    PERFORMANCE_SUMMARY, STRIKE_ISSUED, STRIKE_REVOKED, PRIME_BADGE_REMOVED, PRIME_BADGE_RESTORED, DEACTIVATED,
    REACTIVATED, ACCOUNT_STATUS_CHANGED
}
