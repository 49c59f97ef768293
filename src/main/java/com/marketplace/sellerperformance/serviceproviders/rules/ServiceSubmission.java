package com.marketplace.sellerperformance.serviceproviders.rules;

import com.marketplace.sellerperformance.web.SellerIds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Map;

/** A service provider's orders over a period, as an evaluator submits them. Ratings: stars "1".."5" → orders. */
public record ServiceSubmission(
        @NotBlank @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String providerId,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        Map<String, @NotNull @PositiveOrZero Long> ratings,
        @NotNull @PositiveOrZero Long completedOrders,
        @NotNull @PositiveOrZero Long cancelledOrders,
        @NotNull @PositiveOrZero Long happinessGuaranteeClaims,
        @NotNull @PositiveOrZero Long attributedCancellations,
        @NotNull @PositiveOrZero Long attributedReschedules,
        @NotNull @PositiveOrZero Long startedOutsideArrivalWindow,
        @NotNull @PositiveOrZero Long completedLate) {

    public Map<String, Long> ratingsOrEmpty() {
        return ratings == null ? Map.of() : ratings;
    }
}
