package com.marketplace.sellerperformance.fbaonsite.announcements;

import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import com.marketplace.sellerperformance.records.DatabaseConfig;
import com.marketplace.sellerperformance.records.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** The standing each seller was last told (table announced_standing). */
@ApplicationScoped
public class AnnouncedStandings {
    /** The table's columns, as its rows are read and written. */
    public static final List<String> COLUMNS =
            List.of("seller_ref", "as_of", "account_status", "prime_badge", "next_change_on");
    private static final String UPSERT = "INSERT INTO {h-schema}announced_standing (" + String.join(", ", COLUMNS)
            + ") VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (seller_ref) DO UPDATE SET as_of = excluded.as_of,"
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
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(Schema.qualify("SELECT "
                    + String.join(", ", COLUMNS) + " FROM {h-schema}announced_standing WHERE seller_ref = ?", schema))) {
                select.setLong(1, seller.id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? read(row) : Told.NOTHING_YET;
                }
            }
        });
    }

    /** What a seller was told, in a row selected with {@link #COLUMNS}. */
    public static Told read(ResultSet row) throws SQLException {
        return new Told(day(row.getDate("as_of")),
                StandingView.AccountStatus.DEACTIVATED.name().equals(row.getString("account_status")),
                row.getBoolean("prime_badge"), day(row.getDate("next_change_on")));
    }

    public void tell(SellerEntity seller, Told told) {
        entityManager.flush();
        tellAll(Map.of(seller, told));
    }

    /** Tells each seller what the map gives it, in one round trip: for a run's chunk. */
    public void tellAll(Map<SellerEntity, Told> told) {
        if (told.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(Schema.qualify(UPSERT, schema))) {
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

    private static LocalDate day(Date value) {
        return value == null ? null : value.toLocalDate();
    }
}
