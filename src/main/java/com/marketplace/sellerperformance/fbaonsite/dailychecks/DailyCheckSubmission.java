package com.marketplace.sellerperformance.fbaonsite.dailychecks;

import com.marketplace.sellerperformance.problems.Bounds;
import com.marketplace.sellerperformance.problems.SellerIds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/** One seller's numbers for one day, for the immediate deactivation limits. */
public record DailyCheckSubmission(
        @NotBlank @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String sellerId,
        @NotNull LocalDate day,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long fastTrackPendingUnits,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long cancelledUnits,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long lateProcessedUnits,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long lateHandoverUnits,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long affectedUnits) {
}
