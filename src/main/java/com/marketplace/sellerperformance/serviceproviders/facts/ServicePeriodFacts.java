package com.marketplace.sellerperformance.serviceproviders.facts;

import java.time.LocalDate;
import java.util.Map;

/** A service provider's orders over a period chosen by the caller. */
public class ServicePeriodFacts {
    private final String providerId;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    /** Rated orders by stars, 1 to 5. */
    private final Map<Integer, Long> ratings;
    private final long completedOrders;
    private final long cancelledOrders;
    private final long happinessGuaranteeClaims;
    private final long attributedCancellations;
    private final long attributedReschedules;
    private final long startedOutsideArrivalWindow;
    private final long completedLate;

    public ServicePeriodFacts(String providerId, LocalDate periodStart, LocalDate periodEnd, Map<Integer, Long> ratings,
                              long completedOrders, long cancelledOrders, long happinessGuaranteeClaims,
                              long attributedCancellations, long attributedReschedules,
                              long startedOutsideArrivalWindow, long completedLate) {
        this.providerId = providerId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.ratings = Map.copyOf(ratings);
        this.completedOrders = completedOrders;
        this.cancelledOrders = cancelledOrders;
        this.happinessGuaranteeClaims = happinessGuaranteeClaims;
        this.attributedCancellations = attributedCancellations;
        this.attributedReschedules = attributedReschedules;
        this.startedOutsideArrivalWindow = startedOutsideArrivalWindow;
        this.completedLate = completedLate;
    }

    @Override
    public String toString() {
        return "Services facts of provider " + providerId + " for " + periodStart + " to " + periodEnd;
    }

    public String getProviderId() { return providerId; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public long getCompletedOrders() { return completedOrders; }
    public long getCancelledOrders() { return cancelledOrders; }
    public long getHappinessGuaranteeClaims() { return happinessGuaranteeClaims; }
    public long getAttributedCancellations() { return attributedCancellations; }
    public long getAttributedReschedules() { return attributedReschedules; }
    public long getStartedOutsideArrivalWindow() { return startedOutsideArrivalWindow; }
    public long getCompletedLate() { return completedLate; }

    public long getRatedOrdersWithStars(int stars) {
        return ratings.getOrDefault(stars, 0L);
    }

    public long getRatedOrders() {
        return ratings.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
    }

    public long getStarsOfRatedOrders() {
        return ratings.entrySet().stream()
                .mapToLong(e -> Math.multiplyExact((long) e.getKey(), e.getValue()))
                .reduce(0L, Math::addExact);
    }
}
