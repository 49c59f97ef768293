package com.marketplace.sellerperformance.fbaonsite.announcements;

import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import com.marketplace.sellerperformance.records.DatabaseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/** The standing each seller was last told (table announced_standing). */
@ApplicationScoped
public class AnnouncedStandings {
    private static final String UPSERT = " ON CONFLICT (seller_ref) DO UPDATE SET as_of = excluded.as_of,"
            + " account_status = excluded.account_status, prime_badge = excluded.prime_badge,"
            + " next_change_on = excluded.next_change_on";

    private final EntityManager entityManager;
    private final String schema;

    public AnnouncedStandings(EntityManager entityManager, DatabaseConfig database) {
        this.entityManager = entityManager;
        this.schema = database.schema();
    }

    /**
     * What the seller was told, as of a day. The Prime badge counts as held while it is not withheld:
     * a seller not yet eligible has nothing removed. A seller never told anything is active with the
     * badge, as of no day.
     */
    public record Told(LocalDate asOf, boolean deactivated, boolean primeBadge, LocalDate nextChangeOn) {
        public static final Told NOTHING_YET = new Told(null, false, true, null);

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
                        + " VALUES (:seller, :asOf, :status, :badge, :next)" + UPSERT)
                .unwrap(NativeQuery.class)
                .setParameter("seller", seller.id)
                .setParameter("asOf", told.asOf())
                .setParameter("status", StandingView.AccountStatus.of(told.deactivated()).name())
                .setParameter("badge", told.primeBadge())
                .setParameter("next", told.nextChangeOn(), LocalDate.class)
                .executeUpdate();
    }

    /** Tells each seller what the map gives it, in one round trip: for a run's chunk. */
    public void tellAll(Map<SellerEntity, Told> told) {
        if (told.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO \"" + schema + "\".announced_standing"
                    + " (seller_ref, as_of, account_status, prime_badge, next_change_on) VALUES (?, ?, ?, ?, ?)"
                    + UPSERT)) {
                for (Map.Entry<SellerEntity, Told> each : told.entrySet()) {
                    upsert.setLong(1, each.getKey().id);
                    upsert.setObject(2, each.getValue().asOf());
                    upsert.setString(3, StandingView.AccountStatus.of(each.getValue().deactivated()).name());
                    upsert.setBoolean(4, each.getValue().primeBadge());
                    upsert.setObject(5, each.getValue().nextChangeOn(), Types.DATE);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
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
