package com.marketplace.sellerperformance.fbaonsite.announcements;

import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.query.NativeQuery;

/** The standing each seller was last told (table announced_standing). */
@ApplicationScoped
public class AnnouncedStandings {
    private final EntityManager entityManager;

    public AnnouncedStandings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * What the seller was told, as of a day. The Prime badge counts as held while it is not withheld:
     * a seller not yet eligible has nothing removed. A seller never told anything is active with the
     * badge, as of no day.
     */
    public record Told(LocalDate asOf, boolean deactivated, boolean primeBadge, LocalDate nextChangeOn) {
        static final Told NOTHING_YET = new Told(null, false, true, null);

        static Told of(LocalDate on, StandingView standing, LocalDate nextChangeOn) {
            return new Told(on, standing.accountStatus() == StandingView.AccountStatus.DEACTIVATED,
                    standing.primeBadge() || !standing.primeEligible(), nextChangeOn);
        }
    }

    public Told of(SellerEntity seller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT as_of, account_status, prime_badge, next_change_on"
                        + " FROM {h-schema}announced_standing WHERE seller_ref = :seller")
                .setParameter("seller", seller.id)
                .getResultList();
        if (rows.isEmpty()) {
            return Told.NOTHING_YET;
        }
        Object[] row = rows.get(0);
        return new Told(day(row[0]), StandingView.AccountStatus.DEACTIVATED.name().equals(row[1]),
                (Boolean) row[2], day(row[3]));
    }

    public void tell(SellerEntity seller, Told told) {
        entityManager.createNativeQuery("INSERT INTO {h-schema}announced_standing"
                        + " (seller_ref, as_of, account_status, prime_badge, next_change_on)"
                        + " VALUES (:seller, :asOf, :status, :badge, :next)"
                        + " ON CONFLICT (seller_ref) DO UPDATE SET as_of = excluded.as_of,"
                        + " account_status = excluded.account_status, prime_badge = excluded.prime_badge,"
                        + " next_change_on = excluded.next_change_on")
                .unwrap(NativeQuery.class)
                .setParameter("seller", seller.id)
                .setParameter("asOf", told.asOf())
                .setParameter("status", StandingView.AccountStatus.of(told.deactivated()).name())
                .setParameter("badge", told.primeBadge())
                .setParameter("next", told.nextChangeOn(), LocalDate.class)
                .executeUpdate();
    }

    /** The sellers whose standing time alone changes on or before the day. */
    public List<Long> changingBy(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Number> refs = entityManager.createNativeQuery("SELECT seller_ref FROM {h-schema}announced_standing"
                        + " WHERE next_change_on <= :day ORDER BY seller_ref")
                .setParameter("day", day)
                .getResultList();
        return refs.stream().map(Number::longValue).toList();
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
