package com.marketplace.sellerperformance.fbaonsite.persistence;

import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckOnRecord;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One day's immediate-deactivation check of a seller and its outcome. */
@Entity
@Table(name = "daily_check")
public class DailyCheckEntity extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "daily_check_seq", sequenceName = "daily_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "daily_check_seq")
    public Long id;

    @Column(name = "check_id", nullable = false)
    public UUID checkId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seller_ref")
    public SellerEntity seller;

    @Column(nullable = false)
    public LocalDate day;

    @Column(name = "fast_track_pending_units", nullable = false)
    public long fastTrackPendingUnits;

    @Column(name = "cancelled_units", nullable = false)
    public long cancelledUnits;

    @Column(name = "late_processed_units", nullable = false)
    public long lateProcessedUnits;

    @Column(name = "late_handover_units", nullable = false)
    public long lateHandoverUnits;

    @Column(name = "affected_units", nullable = false)
    public long affectedUnits;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> exceeded = new ArrayList<>();

    @Column(nullable = false)
    public boolean deactivated;

    @Column(name = "rule_set_version", nullable = false)
    public String ruleSetVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fired_rules", nullable = false)
    public List<String> firedRules = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;


    @Column(name = "created_by")
    public String createdBy;

    /** The columns a seller's record is read ahead with: the days and whether each deactivated the seller. */
    public static final List<String> ON_RECORD_COLUMNS = List.of("seller_ref", "day", "deactivated");

    /** The check as history, from a row selected with {@link #ON_RECORD_COLUMNS}. */
    public static DailyCheckOnRecord onRecord(ResultSet row) throws SQLException {
        return new DailyCheckOnRecord(row.getDate("day").toLocalDate(), row.getBoolean("deactivated"));
    }
}
