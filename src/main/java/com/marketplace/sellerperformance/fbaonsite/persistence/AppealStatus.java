package com.marketplace.sellerperformance.fbaonsite.persistence;

/** Where an appeal stands: open until a reviewer accepts or rejects it. */
public enum AppealStatus {
    OPEN, ACCEPTED, REJECTED
}
