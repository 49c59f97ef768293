package com.marketplace.sellerperformance.fbaonsite.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DailyCheckRepository implements PanacheRepository<DailyCheckEntity> {

    public List<DailyCheckEntity> findBySeller(SellerEntity seller) {
        return list("seller = ?1 order by day", seller);
    }

    public Optional<DailyCheckEntity> findOn(SellerEntity seller, LocalDate day) {
        return find("seller = ?1 and day = ?2", seller, day).firstResultOptional();
    }


    /** The days inside a period the seller was deactivated immediately by a daily check, in order. */
    public List<LocalDate> findDeactivatingDays(SellerEntity seller, LocalDate from, LocalDate to) {
        return list("seller = ?1 and deactivated = true and day >= ?2 and day <= ?3 order by day", seller, from, to)
                .stream().map(check -> check.day).toList();
    }

    /** The days the seller was deactivated immediately by a daily check, in order. */
    public List<LocalDate> findDeactivatingDays(SellerEntity seller) {
        return list("seller = ?1 and deactivated = true order by day", seller).stream().map(check -> check.day).toList();
    }

    public Optional<DailyCheckEntity> findByCheckId(UUID checkId) {
        return find("checkId", checkId).firstResultOptional();
    }
}
