package com.marketplace.sellerperformance.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;

/** The columns every reviewed record keeps: when it arrived, who sent it, and who decided it when. */
@MappedSuperclass
public abstract class ReviewedRecord extends PanacheEntityBase implements Reviewable {

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "decided_by")
    public String decidedBy;

    @Override
    public void stampDecision(LocalDate decidedOn, String decidedBy, Instant decidedAt) {
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }
}
