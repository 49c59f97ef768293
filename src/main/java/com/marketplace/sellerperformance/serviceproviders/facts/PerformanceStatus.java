package com.marketplace.sellerperformance.serviceproviders.facts;

/** A service provider's performance status: GOOD_STANDING or ATTENTION. */
public class PerformanceStatus {
    private final String status;

    public PerformanceStatus(String status) {
        this.status = status;
    }

    public String getStatus() { return status; }
}
