package com.marketplace.sellerperformance.fbaonsite.persistence;

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
}
