package com.marketplace.sellerperformance.fbaonsite.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanOfActionRepository implements PanacheRepository<PlanOfActionEntity> {

    public List<PlanOfActionEntity> findBySeller(SellerEntity seller) {
        return list("seller = ?1 order by id", seller);
    }

    public Optional<PlanOfActionEntity> findByPlanId(UUID planId) {
        return find("planId", planId).firstResultOptional();
    }
}
