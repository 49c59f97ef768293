package com.marketplace.sellerperformance.fbaonsite.appeals;

import com.marketplace.sellerperformance.fbaonsite.assessment.FbaSubmission;

import com.marketplace.sellerperformance.web.BadInputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The facts of an assessment with the misses a reviewer accepted taken out of the appealed
 * metric's count. Returns are taken out of the families with the most returned units first, since
 * an appeal names the metric and not the family.
 */
final class AppealCorrection {
    static final List<String> APPEALABLE = List.of(
            "LATE_PROCESSING_RATE", "SHIPMENT_CANCELLATION_RATE", "LATE_HANDOVER_RATE", "CUSTOMER_RETURNS_RATE");

    private AppealCorrection() {
    }

    static FbaSubmission withoutMisses(FbaSubmission facts, String metric, long misses) {
        long lateProcessed = facts.unitsLateProcessed();
        long cancelled = facts.unitsCancelled();
        long lateHandover = facts.unitsLateHandover();
        List<FbaSubmission.FamilyReturnsLine> returns = facts.returnsOrEmpty();
        switch (metric) {
            case "LATE_PROCESSING_RATE" -> lateProcessed = Math.max(0, lateProcessed - misses);
            case "SHIPMENT_CANCELLATION_RATE" -> cancelled = Math.max(0, cancelled - misses);
            case "LATE_HANDOVER_RATE" -> lateHandover = Math.max(0, lateHandover - misses);
            case "CUSTOMER_RETURNS_RATE" -> returns = withoutReturns(returns, misses);
            default -> throw new BadInputException("metric", "'" + metric + "' cannot be appealed");
        }
        return new FbaSubmission(facts.sellerId(), facts.periodStart(), facts.periodEnd(), facts.assessedOn(),
                facts.unitsShipped(), lateProcessed, cancelled, lateHandover, returns);
    }

    private static List<FbaSubmission.FamilyReturnsLine> withoutReturns(List<FbaSubmission.FamilyReturnsLine> returns,
                                                                        long misses) {
        List<FbaSubmission.FamilyReturnsLine> byMostReturned = new ArrayList<>(returns);
        byMostReturned.sort(Comparator.comparing(FbaSubmission.FamilyReturnsLine::returned).reversed());
        List<FbaSubmission.FamilyReturnsLine> corrected = new ArrayList<>();
        long left = misses;
        for (FbaSubmission.FamilyReturnsLine line : byMostReturned) {
            long taken = Math.min(left, line.returned());
            left -= taken;
            corrected.add(new FbaSubmission.FamilyReturnsLine(line.family(), line.shipped(), line.returned() - taken));
        }
        return corrected;
    }
}
