package com.marketplace.sellerperformance.fbaonsite.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One revision of one assessment: what was submitted, which rules decided it, and what they decided. */
@Entity
@Table(name = "assessment")
public class AssessmentEntity extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    public Long id;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(nullable = false)
    public int revision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seller_ref")
    public SellerEntity seller;

    @Column(nullable = false)
    public String program;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    /** The day this revision was decided: the assessment day, or the day its appeal was decided. */
    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    /** The store returns targets (quarter to target) in force when the period was first assessed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "return_targets")
    public Map<String, BigDecimal> returnTargets;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "input_facts", nullable = false)
    public JsonNode inputFacts;

    @Column(name = "rule_set_version", nullable = false)
    public String ruleSetVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fired_rules", nullable = false)
    public List<String> firedRules = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The accepted appeal that made this revision; null for the original. */
    @Column(name = "appeal_id")
    public UUID appealId;


    @Column(name = "created_by")
    public String createdBy;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<MetricResultEntity> metrics = new ArrayList<>();

    public void addMetric(MetricResultEntity metric) {
        metric.assessment = this;
        metrics.add(metric);
    }

    /** The assessment table's columns, in the order {@link #row} gives their values, as bulk writes store them. */
    public static final List<String> COLUMNS = List.of("id", "assessment_id", "revision", "seller_ref", "program",
            "period_start", "period_end", "assessed_on", "decided_on", "return_targets", "input_facts",
            "rule_set_version", "fired_rules", "created_at", "appeal_id", "created_by");

    /** The values of the row; {@code json} writes the JSON columns. */
    public Object[] row(Function<Object, String> json) {
        return new Object[] {id, assessmentId, revision, seller.id, program, periodStart, periodEnd, assessedOn,
                decidedOn, json.apply(returnTargets), json.apply(inputFacts), ruleSetVersion, json.apply(firedRules),
                createdAt, appealId, createdBy};
    }

    /** The columns a seller's record is read ahead with: each revision's period, day and rules. */
    public static final List<String> ON_RECORD_COLUMNS = List.of("seller_ref", "assessment_id", "revision",
            "period_start", "period_end", "assessed_on", "rule_set_version");

    /** The revision in a row selected with {@link #ON_RECORD_COLUMNS}, of the seller given; facts and metrics unread. */
    public static AssessmentEntity onRecord(ResultSet row, SellerEntity seller) throws SQLException {
        AssessmentEntity assessment = new AssessmentEntity();
        assessment.seller = seller;
        assessment.assessmentId = row.getObject("assessment_id", UUID.class);
        assessment.revision = row.getInt("revision");
        assessment.periodStart = day(row.getDate("period_start"));
        assessment.periodEnd = day(row.getDate("period_end"));
        assessment.assessedOn = day(row.getDate("assessed_on"));
        assessment.ruleSetVersion = row.getString("rule_set_version");
        return assessment;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
