package com.marketplace.sellerperformance.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ServiceEvaluationRepository implements PanacheRepository<ServiceEvaluationEntity> {

    public Optional<ServiceEvaluationEntity> findByEvaluationId(UUID evaluationId) {
        return find("evaluationId", evaluationId).firstResultOptional();
    }

    public Optional<ServiceEvaluationEntity> findForPeriod(ServiceProviderEntity provider, LocalDate start, LocalDate end) {
        return find("provider = ?1 and periodStart = ?2 and periodEnd = ?3", provider, start, end).firstResultOptional();
    }

    public List<ServiceEvaluationEntity> findByProvider(ServiceProviderEntity provider) {
        return list("provider = ?1 order by periodEnd, periodStart", provider);
    }

    public Optional<ServiceEvaluationEntity> findLatest(ServiceProviderEntity provider) {
        return find("provider = ?1 order by periodEnd desc, id desc", provider).firstResultOptional();
    }
}
