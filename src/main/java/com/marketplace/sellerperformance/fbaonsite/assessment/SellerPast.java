package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What deciding a seller's new week reads of its record: asked of the database one question at a
 * time for a request, or read ahead for a whole chunk of a run.
 */
public interface SellerPast {
    /** The seller on record; null for one never seen. */
    SellerEntity seller();

    /** First revisions of the seller's assessments whose period overlaps or follows the one starting that day, in period order. */
    List<AssessmentEntity> originalsOverlappingOrAfter(LocalDate periodStart);

    /** The latest assessment day among the seller's assessments of periods ending before that day. */
    Optional<LocalDate> latestDayBefore(LocalDate periodStart);

    /** The seller's store returns targets, quarter to target. */
    Map<String, BigDecimal> returnTargets();

    /** The seller's standing (not revoked) strikes, in the order they were issued. */
    List<StrikeOnRecord> standingStrikes();

    /** The days inside the range on which a daily check deactivated the seller, in order. */
    List<LocalDate> deactivatingDays(LocalDate from, LocalDate to);

    /** A seller never seen: nothing on record. */
    SellerPast NONE = new SellerPast() {
        @Override
        public SellerEntity seller() {
            return null;
        }

        @Override
        public List<AssessmentEntity> originalsOverlappingOrAfter(LocalDate periodStart) {
            return List.of();
        }

        @Override
        public Optional<LocalDate> latestDayBefore(LocalDate periodStart) {
            return Optional.empty();
        }

        @Override
        public Map<String, BigDecimal> returnTargets() {
            return Map.of();
        }

        @Override
        public List<StrikeOnRecord> standingStrikes() {
            return List.of();
        }

        @Override
        public List<LocalDate> deactivatingDays(LocalDate from, LocalDate to) {
            return List.of();
        }
    };
}
