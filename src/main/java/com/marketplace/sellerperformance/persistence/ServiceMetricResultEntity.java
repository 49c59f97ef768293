package com.marketplace.sellerperformance.persistence;

import java.math.BigDecimal;
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
import com.marketplace.sellerperformance.policy.Comparison;
import com.marketplace.sellerperformance.policy.MetricStatus;

@Entity
@Table(name = "service_metric_result")
public class ServiceMetricResultEntity extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "service_metric_result_seq", sequenceName = "service_metric_result_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_metric_result_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_ref")
    public ServiceEvaluationEntity evaluation;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String metric;

    @Column(nullable = false)
    public long numerator;

    @Column(nullable = false)
    public long denominator;

    public BigDecimal rate;

    public BigDecimal goal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Comparison comparison;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MetricStatus status;
}
