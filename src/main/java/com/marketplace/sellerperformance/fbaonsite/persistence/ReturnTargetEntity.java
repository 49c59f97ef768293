package com.marketplace.sellerperformance.fbaonsite.persistence;

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
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A store returns target communicated to a seller for one quarter. */
@Entity
@Table(name = "return_target")
public class ReturnTargetEntity extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "return_target_seq", sequenceName = "return_target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "return_target_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seller_ref")
    public SellerEntity seller;

    @Column(nullable = false)
    public String quarter;

    @Column(nullable = false)
    public BigDecimal target;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;


    @Column(name = "set_by")
    public String setBy;

    /** The columns a seller's record is read ahead with: each quarter's target. */
    public static final List<String> ON_RECORD_COLUMNS = List.of("seller_ref", "quarter", "target");

    /** The quarter and target of a row selected with {@link #ON_RECORD_COLUMNS}. */
    public static Map.Entry<String, BigDecimal> onRecord(ResultSet row) throws SQLException {
        return Map.entry(row.getString("quarter"), row.getBigDecimal("target"));
    }
}
