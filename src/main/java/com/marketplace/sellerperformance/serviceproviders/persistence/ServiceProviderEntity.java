package com.marketplace.sellerperformance.serviceproviders.persistence;

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
@Table(name = "service_provider")
public class ServiceProviderEntity extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "service_provider_seq", sequenceName = "service_provider_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_provider_seq")
    public Long id;

    @Column(name = "provider_id", nullable = false)
    public String providerId;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;
}
