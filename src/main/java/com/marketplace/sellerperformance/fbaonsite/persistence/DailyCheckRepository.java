package com.marketplace.sellerperformance.fbaonsite.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DailyCheckRepository implements PanacheRepository<DailyCheckEntity> {

    public List<DailyCheckEntity> findBySeller(SellerEntity seller) {
        return list("seller = ?1 order by day", seller);
    }

    public Optional<DailyCheckEntity> findOn(SellerEntity seller, LocalDate day) {
        return find("seller = ?1 and day = ?2", seller, day).firstResultOptional();
    }

    public List<DailyCheckEntity> findDeactivatingBetween(SellerEntity seller, LocalDate from, LocalDate to) {
        return list("seller = ?1 and deactivated = true and day >= ?2 and day <= ?3 order by day", seller, from, to);
    }
}
