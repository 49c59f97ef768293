package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.fbaonsite.persistence.ReturnTargetEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.ReturnTargetRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.records.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;

/** Store returns targets communicated to sellers once per quarter. */
@ApplicationScoped
public class ReturnTargetService {
    private final Caller caller;
    private final SellerRepository sellers;
    private final ReturnTargetRepository targets;

    public ReturnTargetService(SellerRepository sellers, ReturnTargetRepository targets, Caller caller) {
        this.sellers = sellers;
        this.targets = targets;
        this.caller = caller;
    }

    @Transactional
    public ReturnTargetEntity set(String sellerId, String quarter, BigDecimal target) {
        sellers.lockForUpdate(sellerId);
        SellerEntity seller = sellers.findOrCreate(sellerId);
        ReturnTargetEntity entity = targets.findFor(seller, quarter).orElseGet(() -> {
            ReturnTargetEntity created = new ReturnTargetEntity();
            created.seller = seller;
            created.quarter = quarter;
            return created;
        });
        entity.target = target;
        entity.updatedAt = Instant.now();
        entity.setBy = caller.name();
        targets.persist(entity);
        return entity;
    }
}
