package com.marketplace.sellerperformance.fbaonsite.persistence;

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
}
