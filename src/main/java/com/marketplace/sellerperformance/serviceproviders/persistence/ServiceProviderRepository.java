package com.marketplace.sellerperformance.serviceproviders.persistence;

import com.marketplace.sellerperformance.records.SubjectLock;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class ServiceProviderRepository implements PanacheRepository<ServiceProviderEntity> {

    public Optional<ServiceProviderEntity> findByProviderId(String providerId) {
        return find("providerId", providerId).firstResultOptional();
    }

    @Inject
    SubjectLock locks;

    /** Serialises all writes about this subject until the transaction ends. */
    public void lockForUpdate(String providerId) {
        locks.lock(SubjectLock.Kind.SERVICE_PROVIDER, providerId);
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
