package com.marketplace.sellerperformance.serviceproviders.persistence;

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
import java.time.Instant;
import java.time.LocalDate;

/** A reviewer's action on a provider's account, in the order it was taken. */
@Entity
@Table(name = "account_action")
public class AccountActionEntity extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "account_action_seq", sequenceName = "account_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_action_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_ref")
    public ServiceProviderEntity provider;

    @Column(nullable = false)
    public String action;

    @Column(name = "action_on", nullable = false)
    public LocalDate on;

    @Column(name = "reinstates_on")
    public LocalDate reinstatesOn;

    @Column(name = "improvement_plan_required", nullable = false)
    public boolean improvementPlanRequired;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;


    @Column(name = "taken_by")
    public String takenBy;
}
