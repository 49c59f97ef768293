package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import java.util.List;

/** A seller's new week with its strikes, decided and not yet stored; {@code seller.id} is null for a new seller. */
public record NewWeek(SellerEntity seller, AssessmentEntity assessment, List<StrikeEntity> strikes) {
}
