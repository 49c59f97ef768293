package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.web.SellerIds;

import java.time.LocalDate;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A seller's FBA Onsite numbers for one period, as an evaluator submits them. */
public record FbaSubmission(
        @NotBlank @Size(max = 64) @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String sellerId,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        LocalDate assessedOn,
        @NotNull @PositiveOrZero Long unitsShipped,
        @NotNull @PositiveOrZero Long unitsLateProcessed,
        @NotNull @PositiveOrZero Long unitsCancelled,
        @NotNull @PositiveOrZero Long unitsLateHandover,
        @Valid @Size(max = 50) List<@NotNull FamilyReturnsLine> returns) {

    /** Units shipped and returned for one product family. */
    public record FamilyReturnsLine(
            @NotBlank @Size(max = 32) String family,
            @NotNull @PositiveOrZero Long shipped,
            @NotNull @PositiveOrZero Long returned) {
    }

    public List<FamilyReturnsLine> returnsOrEmpty() {
        return returns == null ? List.of() : returns;
    }

    /** The same facts with another assessment day (null: the default day). */
    public FbaSubmission withAssessmentDay(LocalDate day) {
        return new FbaSubmission(sellerId, periodStart, periodEnd, day, unitsShipped, unitsLateProcessed,
                unitsCancelled, unitsLateHandover, returnsOrEmpty());
    }
}
