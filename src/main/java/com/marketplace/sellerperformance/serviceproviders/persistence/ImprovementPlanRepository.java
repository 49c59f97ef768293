package com.marketplace.sellerperformance.serviceproviders.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ImprovementPlanRepository implements PanacheRepository<ImprovementPlanEntity> {

    public Optional<ImprovementPlanEntity> findByPlanId(UUID planId) {
        return find("planId", planId).firstResultOptional();
    }
}
