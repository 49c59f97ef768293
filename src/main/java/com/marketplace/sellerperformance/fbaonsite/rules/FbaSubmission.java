package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.problems.Bounds;
import com.marketplace.sellerperformance.problems.SellerIds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A seller's FBA Onsite numbers for one period, as an evaluator submits them. */
public record FbaSubmission(
        @NotBlank @Size(max = 64) @Pattern(regexp = SellerIds.PATTERN, message = SellerIds.MESSAGE) String sellerId,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        LocalDate assessedOn,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long unitsShipped,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long unitsLateProcessed,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long unitsCancelled,
        @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long unitsLateHandover,
        @Valid @Size(max = 50) List<@NotNull FamilyReturnsLine> returns) {

    /** Units shipped and returned for one product family. */
    public record FamilyReturnsLine(
            @NotBlank @Size(max = 32) String family,
            @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long shipped,
            @NotNull @PositiveOrZero @Max(Bounds.MAX_UNITS) Long returned) {
    }

    public List<FamilyReturnsLine> returnsOrEmpty() {
        return returns == null ? List.of() : returns;
    }

    /** The same facts with another assessment day (null: the default day). */
    public FbaSubmission withAssessmentDay(LocalDate day) {
        return new FbaSubmission(sellerId, periodStart, periodEnd, day, unitsShipped, unitsLateProcessed,
                unitsCancelled, unitsLateHandover, returnsOrEmpty());
    }

    /** The same facts with the returns in family order, so equal facts compare and store equal. */
    public FbaSubmission canonical() {
        List<FamilyReturnsLine> sorted = returnsOrEmpty().stream()
                .sorted(Comparator.comparing(FamilyReturnsLine::family))
                .toList();
        return new FbaSubmission(sellerId, periodStart, periodEnd, assessedOn, unitsShipped, unitsLateProcessed,
                unitsCancelled, unitsLateHandover, sorted);
    }

    /** Whether every count is within its declared bound, so the rules' arithmetic cannot overflow. */
    public boolean countsWithinBounds() {
        return Stream.concat(Stream.of(unitsShipped, unitsLateProcessed, unitsCancelled, unitsLateHandover),
                        returnsOrEmpty().stream().flatMap(line -> Stream.of(line.shipped(), line.returned())))
                .allMatch(count -> count != null && count <= Bounds.MAX_UNITS);
    }

    /** Whether every required value is there, so the rules can be given the facts even if some are out of range. */
    public boolean hasEveryValue() {
        return sellerId != null && periodStart != null && periodEnd != null && unitsShipped != null
                && unitsLateProcessed != null && unitsCancelled != null && unitsLateHandover != null
                && returnsOrEmpty().stream().allMatch(line -> line != null && line.family() != null
                        && line.shipped() != null && line.returned() != null);
    }
}
