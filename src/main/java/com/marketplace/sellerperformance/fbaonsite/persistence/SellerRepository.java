package com.marketplace.sellerperformance.fbaonsite.persistence;

import com.marketplace.sellerperformance.records.SubjectLock;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class SellerRepository implements PanacheRepository<SellerEntity> {

    public Optional<SellerEntity> findBySellerId(String sellerId) {
        return find("sellerId", sellerId).firstResultOptional();
    }

    @Inject
    SubjectLock locks;

    /** Serialises all writes about this subject until the transaction ends. */
    public void lockForUpdate(String sellerId) {
        locks.lock(SubjectLock.Kind.SELLER, sellerId);
    }

    /** A seller not on record yet (the caller holds its lock and has looked). */
    public SellerEntity create(String sellerId) {
        SellerEntity seller = new SellerEntity();
        seller.sellerId = sellerId;
        seller.firstSeenAt = Instant.now();
        persist(seller);
        return seller;
    }

    public SellerEntity findOrCreate(String sellerId) {
        return findBySellerId(sellerId).orElseGet(() -> create(sellerId));
    }
}
