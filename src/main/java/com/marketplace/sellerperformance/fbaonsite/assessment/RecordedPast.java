package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.DailyCheckRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.ReturnTargetRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A seller's past asked of the database one question at a time, as a single request needs it. */
@ApplicationScoped
public class RecordedPast {
    private final AssessmentRepository assessments;
    private final ReturnTargetRepository returnTargets;
    private final StrikeRepository strikes;
    private final DailyCheckRepository dailyChecks;

    public RecordedPast(AssessmentRepository assessments, ReturnTargetRepository returnTargets, StrikeRepository strikes,
                        DailyCheckRepository dailyChecks) {
        this.assessments = assessments;
        this.returnTargets = returnTargets;
        this.strikes = strikes;
        this.dailyChecks = dailyChecks;
    }

    public SellerPast of(Optional<SellerEntity> seller) {
        return seller.<SellerPast>map(Of::new).orElse(SellerPast.NONE);
    }

    private final class Of implements SellerPast {
        private final SellerEntity seller;

        Of(SellerEntity seller) {
            this.seller = seller;
        }

        @Override
        public SellerEntity seller() {
            return seller;
        }

        @Override
        public List<AssessmentEntity> originalsOverlappingOrAfter(LocalDate periodStart) {
            return assessments.findOriginalsOverlappingOrAfter(seller, periodStart);
        }

        @Override
        public Optional<LocalDate> latestDayBefore(LocalDate periodStart) {
            return assessments.findLatestDayBefore(seller, periodStart);
        }

        @Override
        public Map<String, BigDecimal> returnTargets() {
            Map<String, BigDecimal> targets = new TreeMap<>();
            returnTargets.findBySeller(seller).forEach(target -> targets.put(target.quarter, target.target));
            return targets;
        }

        @Override
        public List<StrikeOnRecord> standingStrikes() {
            return strikes.findStanding(seller).stream().map(StrikeEntity::onRecord).toList();
        }

        @Override
        public List<LocalDate> deactivatingDays(LocalDate from, LocalDate to) {
            return dailyChecks.findDeactivatingDays(seller, from, to);
        }
    }
}
