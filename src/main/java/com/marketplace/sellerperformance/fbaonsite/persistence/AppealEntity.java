package com.marketplace.sellerperformance.fbaonsite.persistence;

import com.marketplace.sellerperformance.records.ReviewedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A seller's appeal of one metric of one assessment, and the reviewer's decision. */
@Entity
@Table(name = "appeal")
public class AppealEntity extends ReviewedRecord {
    @Id
    @SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
    public Long id;

    @Column(name = "appeal_id", nullable = false)
    public UUID appealId;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(name = "appealed_revision", nullable = false)
    public int appealedRevision;

    @Column(nullable = false)
    public String metric;

    @Column(name = "misses_appealed", nullable = false)
    public long missesAppealed;

    @Column(nullable = false)
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppealStatus status;

    @Column(name = "misses_accepted")
    public Long missesAccepted;

    @Column(name = "resulting_revision")
    public Integer resultingRevision;

    @Override
    public String describe() {
        return "appeal " + appealId;
    }

    @Override
    public boolean awaitingDecision() {
        return status == AppealStatus.OPEN;
    }

    @Override
    public String status() {
        return status.name();
    }

    /** Appeals carry no submission day of their own. */
    @Override
    public LocalDate submittedOn() {
        return null;
    }

}
