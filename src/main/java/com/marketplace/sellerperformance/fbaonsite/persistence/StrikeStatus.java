package com.marketplace.sellerperformance.fbaonsite.persistence;

/** A strike stands until a later decision (an appeal, a late daily check) revokes it; it is never deleted. */
public enum StrikeStatus {
    ACTIVE, REVOKED
}
