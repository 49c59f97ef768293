package com.marketplace.sellerperformance.serviceproviders.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AccountActionRepository implements PanacheRepository<AccountActionEntity> {

    public List<AccountActionEntity> findByProvider(ServiceProviderEntity provider) {
        return list("provider = ?1 order by on, id", provider);
    }
}
