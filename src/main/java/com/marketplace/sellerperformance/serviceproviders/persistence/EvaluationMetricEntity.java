package com.marketplace.sellerperformance.serviceproviders.persistence;

import com.marketplace.sellerperformance.records.MetricColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "service_metric_result")
public class EvaluationMetricEntity extends MetricColumns {
    @Id
    @SequenceGenerator(name = "service_metric_result_seq", sequenceName = "service_metric_result_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_metric_result_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_ref")
    public EvaluationEntity evaluation;
}
