package com.marketplace.sellerperformance.serviceproviders.persistence;

import java.time.Instant;
import java.util.Optional;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ServiceProviderRepository implements PanacheRepository<ServiceProviderEntity> {

    public Optional<ServiceProviderEntity> findByProviderId(String providerId) {
        return find("providerId", providerId).firstResultOptional();
    }

    /** Serialises all writes for one provider until the transaction ends. */
    public void lockForUpdate(String providerId) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(7302, hashtext(:providerId))")
                .setParameter("providerId", providerId)
                .getSingleResult();
    }

    public ServiceProviderEntity findOrCreate(String providerId) {
        return findByProviderId(providerId).orElseGet(() -> {
            ServiceProviderEntity provider = new ServiceProviderEntity();
            provider.providerId = providerId;
            provider.firstSeenAt = Instant.now();
            persist(provider);
            return provider;
        });
    }
}
