package com.marketplace.sellerperformance.fbaonsite.persistence;

import java.time.Instant;
import java.util.Optional;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SellerRepository implements PanacheRepository<SellerEntity> {

    public Optional<SellerEntity> findBySellerId(String sellerId) {
        return find("sellerId", sellerId).firstResultOptional();
    }

    /**
     * Serialises all writes for one seller until the transaction ends, so that two requests for the
     * same seller can never interleave (advisory locks need no row, so they work for new sellers too).
     */
    public void lockForUpdate(String sellerId) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(7301, hashtext(:sellerId))")
                .setParameter("sellerId", sellerId)
                .getSingleResult();
    }

    public SellerEntity findOrCreate(String sellerId) {
        return findBySellerId(sellerId).orElseGet(() -> {
            SellerEntity seller = new SellerEntity();
            seller.sellerId = sellerId;
            seller.firstSeenAt = Instant.now();
            persist(seller);
            return seller;
        });
    }
}
