package com.marketplace.sellerperformance.serviceproviders.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<EvaluationEntity> {

    public Optional<EvaluationEntity> findByEvaluationId(UUID evaluationId) {
        return find("evaluationId", evaluationId).firstResultOptional();
    }

    public Optional<EvaluationEntity> findForPeriod(ServiceProviderEntity provider, LocalDate start, LocalDate end) {
        return find("provider = ?1 and periodStart = ?2 and periodEnd = ?3", provider, start, end).firstResultOptional();
    }

    public List<EvaluationEntity> findByProvider(ServiceProviderEntity provider) {
        return list("provider = ?1 order by periodEnd, periodStart", provider);
    }

    /** The latest evaluation of a period that ended on or before the given day. */
    public Optional<EvaluationEntity> findLatestEndedBy(ServiceProviderEntity provider, LocalDate day) {
        return find("provider = ?1 and periodEnd <= ?2 order by periodEnd desc, id desc", provider, day)
                .firstResultOptional();
    }

    public Optional<EvaluationEntity> findLatest(ServiceProviderEntity provider) {
        return find("provider = ?1 order by periodEnd desc, id desc", provider).firstResultOptional();
    }
}
