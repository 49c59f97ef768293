package com.marketplace.sellerperformance.fbaonsite.persistence;

import java.sql.SQLException;
import java.sql.ResultSet;
import java.util.List;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "seller")
public class SellerEntity extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "seller_seq", sequenceName = "seller_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seller_seq")
    public Long id;

    @Column(name = "seller_id", nullable = false, unique = true)
    public String sellerId;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    /** The seller table's columns, in the order {@link #row} gives their values; bulk writes and reads ahead use them. */
    public static final List<String> COLUMNS = List.of("id", "seller_id", "first_seen_at");

    public Object[] row() {
        return new Object[] {id, sellerId, firstSeenAt};
    }

    /** The seller in a row selected with {@link #COLUMNS}. */
    public static SellerEntity read(ResultSet row) throws SQLException {
        SellerEntity seller = new SellerEntity();
        seller.id = row.getLong("id");
        seller.sellerId = row.getString("seller_id");
        seller.firstSeenAt = row.getTimestamp("first_seen_at").toInstant();
        return seller;
    }
}
