package com.marketplace.sellerperformance.fbaonsite.persistence;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.util.List;
import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A strike issued by an assessment; revoked (never deleted) when a later revision no longer supports it. */
@Entity
@Table(name = "strike")
public class StrikeEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "strike_seq", sequenceName = "strike_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strike_seq")
    public Long id;

    @Column(name = "strike_id", nullable = false)
    public UUID strikeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seller_ref")
    public SellerEntity seller;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(nullable = false)
    public String metric;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public int number;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Penalty penalty;

    @Column(name = "minimum_deactivation_days")
    public Integer minimumDeactivationDays;

    @Column(name = "plan_of_action_required", nullable = false)
    public boolean planOfActionRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StrikeStatus status;

    @Column(name = "revoked_by_revision")
    public Integer revokedByRevision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The strike as history for later decisions. */
    public StrikeOnRecord onRecord() {
        return new StrikeOnRecord(strikeId.toString(), metric, number, issuedOn, expiresOn, penalty,
                minimumDeactivationDays, planOfActionRequired);
    }

    /** The strike table's columns, in the order {@link #row} gives their values; bulk writes and reads ahead use them. */
    public static final List<String> COLUMNS = List.of("id", "strike_id", "seller_ref", "assessment_id", "metric",
            "position", "number", "issued_on", "expires_on", "penalty", "minimum_deactivation_days",
            "plan_of_action_required", "status", "revoked_by_revision", "created_at");

    public Object[] row() {
        return new Object[] {id, strikeId, seller.id, assessmentId, metric, position, number, issuedOn, expiresOn,
                penalty, minimumDeactivationDays, planOfActionRequired, status, revokedByRevision, createdAt};
    }

    /** The strike in a row selected with {@link #COLUMNS}, of the seller its {@code seller_ref} names. */
    public static StrikeEntity read(ResultSet row, SellerEntity seller) throws SQLException {
        StrikeEntity strike = new StrikeEntity();
        strike.seller = seller;
        strike.id = row.getLong("id");
        strike.strikeId = row.getObject("strike_id", UUID.class);
        strike.assessmentId = row.getObject("assessment_id", UUID.class);
        strike.metric = row.getString("metric");
        strike.position = row.getInt("position");
        strike.number = row.getInt("number");
        strike.issuedOn = day(row.getDate("issued_on"));
        strike.expiresOn = day(row.getDate("expires_on"));
        strike.penalty = Penalty.valueOf(row.getString("penalty"));
        strike.minimumDeactivationDays = (Integer) row.getObject("minimum_deactivation_days");
        strike.planOfActionRequired = row.getBoolean("plan_of_action_required");
        strike.status = StrikeStatus.valueOf(row.getString("status"));
        strike.revokedByRevision = (Integer) row.getObject("revoked_by_revision");
        strike.createdAt = row.getTimestamp("created_at").toInstant();
        return strike;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
