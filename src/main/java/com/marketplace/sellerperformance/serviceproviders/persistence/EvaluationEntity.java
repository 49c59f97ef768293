package com.marketplace.sellerperformance.serviceproviders.persistence;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A service provider's evaluation over a period: the facts, the rules that decided, the outcome. */
@Entity
@Table(name = "service_evaluation")
public class EvaluationEntity extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "service_evaluation_seq", sequenceName = "service_evaluation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_evaluation_seq")
    public Long id;

    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_ref")
    public ServiceProviderEntity provider;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "input_facts", nullable = false)
    public JsonNode inputFacts;

    @Column(name = "rule_set_version", nullable = false)
    public String ruleSetVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fired_rules", nullable = false)
    public List<String> firedRules = new ArrayList<>();

    @Column(name = "performance_status", nullable = false)
    public String performanceStatus;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missed_metrics", nullable = false)
    public List<String> missedMetrics = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;


    @Column(name = "created_by")
    public String createdBy;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<EvaluationMetricEntity> metrics = new ArrayList<>();
}
