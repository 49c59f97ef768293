package com.marketplace.sellerperformance.fbaonsite.persistence;

import com.marketplace.sellerperformance.fbaonsite.facts.PlanOfActionOnRecord;
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
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A seller's plan of action (root cause, corrective and preventive actions) and its review. */
@Entity
@Table(name = "plan_of_action")
public class PlanOfActionEntity extends ReviewedRecord {
    @Id
    @SequenceGenerator(name = "plan_of_action_seq", sequenceName = "plan_of_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_of_action_seq")
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seller_ref")
    public SellerEntity seller;

    @Column(name = "root_cause", nullable = false)
    public String rootCause;

    @Column(name = "corrective_actions", nullable = false)
    public String correctiveActions;

    @Column(name = "preventive_actions", nullable = false)
    public String preventiveActions;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;

    @Column(name = "decision_comment")
    public String decisionComment;

    @Override
    public String describe() {
        return "plan of action " + planId;
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

    /** The columns a seller's record is read ahead with: what the standing rules know of each plan. */
    public static final List<String> ON_RECORD_COLUMNS =
            List.of("seller_ref", "plan_id", "id", "submitted_on", "decided_on", "status");

    /** The plan as history, from a row selected with {@link #ON_RECORD_COLUMNS}. */
    public static PlanOfActionOnRecord onRecord(ResultSet row) throws SQLException {
        return new PlanOfActionOnRecord(row.getString("plan_id"), row.getLong("id"), day(row.getDate("submitted_on")),
                day(row.getDate("decided_on")), ReviewStatus.APPROVED.name().equals(row.getString("status")));
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
