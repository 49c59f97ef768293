package com.marketplace.sellerperformance.fbaonsite.persistence;

import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StrikeRepository implements PanacheRepository<StrikeEntity> {

    /** The seller's strikes that stand (not revoked), in the order they were issued. */
    public List<StrikeEntity> findStanding(SellerEntity seller) {
        return list("seller = ?1 and status = ?2 order by issuedOn, number", seller, StrikeStatus.ACTIVE);
    }

    /** Every strike of the seller, revoked ones included, in the order each assessment shows them. */
    public List<StrikeEntity> findAllOf(SellerEntity seller) {
        return list("seller = ?1 order by status, number", seller);
    }

    /** Every strike of an assessment, revoked ones included. */
    public List<StrikeEntity> findAllOf(UUID assessmentId) {
        return list("assessmentId = ?1 order by status, number", assessmentId);
    }

    public boolean hasStandingPenalty(SellerEntity seller, Penalty penalty) {
        return count("seller = ?1 and status = ?2 and penalty = ?3", seller, StrikeStatus.ACTIVE, penalty) > 0;
    }
}
