package com.marketplace.sellerperformance.serviceproviders.persistence;

import com.marketplace.sellerperformance.records.ReviewStatus;
import com.marketplace.sellerperformance.records.ReviewedRecord;
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
import java.time.LocalDate;
import java.util.UUID;

/** A suspended provider's improvement plan (with a reason when it appeals the suspension) and its review. */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlanEntity extends ReviewedRecord {
    @Id
    @SequenceGenerator(name = "improvement_plan_seq", sequenceName = "improvement_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_plan_seq")
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_ref")
    public ServiceProviderEntity provider;

    @Column(nullable = false)
    public String plan;

    @Column(name = "appeal_reason")
    public String appealReason;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;

    public String comment;

    @Override
    public String describe() {
        return "improvement plan " + planId;
    }

    @Override
    public boolean awaitingDecision() {
        return status == ReviewStatus.SUBMITTED;
    }

    @Override
    public String status() {
        return status.name();
    }

    @Override
    public LocalDate submittedOn() {
        return submittedOn;
    }

}
