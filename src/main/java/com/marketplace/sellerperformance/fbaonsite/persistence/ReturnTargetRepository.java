package com.marketplace.sellerperformance.fbaonsite.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ReturnTargetRepository implements PanacheRepository<ReturnTargetEntity> {

    public Optional<ReturnTargetEntity> findFor(SellerEntity seller, String quarter) {
        return find("seller = ?1 and quarter = ?2", seller, quarter).firstResultOptional();
    }

    public List<ReturnTargetEntity> findBySeller(SellerEntity seller) {
        return list("seller = ?1 order by quarter", seller);
    }
}
