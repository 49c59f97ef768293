package com.marketplace.sellerperformance.fbaonsite.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AppealRepository implements PanacheRepository<AppealEntity> {

    public Optional<AppealEntity> findByAppealId(UUID appealId) {
        return find("appealId", appealId).firstResultOptional();
    }
}
