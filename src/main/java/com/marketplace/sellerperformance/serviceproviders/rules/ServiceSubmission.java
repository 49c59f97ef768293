package com.marketplace.sellerperformance.serviceproviders.rules;

import com.marketplace.sellerperformance.problems.Bounds;
import com.marketplace.sellerperformance.problems.SellerIds;
import jakarta.validation.constraints.Max;
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
        Map<String, @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long> ratings,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long completedOrders,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long cancelledOrders,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long happinessGuaranteeClaims,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long attributedCancellations,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long attributedReschedules,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long startedOutsideArrivalWindow,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long completedLate) {

    public Map<String, Long> ratingsOrEmpty() {
        return ratings == null ? Map.of() : ratings;
    }
}
