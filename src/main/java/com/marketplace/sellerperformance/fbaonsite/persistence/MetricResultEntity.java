package com.marketplace.sellerperformance.fbaonsite.persistence;

import java.math.BigDecimal;
import java.util.List;
import com.marketplace.sellerperformance.facts.Measurement;
import com.marketplace.sellerperformance.facts.MetricResult;
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
@Table(name = "metric_result")
public class MetricResultEntity extends MetricColumns {
    @Id
    @SequenceGenerator(name = "metric_result_seq", sequenceName = "metric_result_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metric_result_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_ref")
    public AssessmentEntity assessment;

    public Long allowance;

    /** The stored result as the rules gave it, for deciding the assessment's strikes again. */
    public MetricResult result() {
        return new MetricResult(Measurement.recorded(metric, position, comparison, numerator, denominator, goal,
                allowance), status);
    }

    /** The metric_result table's columns, in the order {@link #row} gives their values, as bulk writes store them. */
    public static final List<String> COLUMNS = List.of("id", "assessment_ref", "position", "metric", "numerator",
            "denominator", "rate", "goal", "comparison", "allowance", "status");

    public Object[] row() {
        return new Object[] {id, assessment.id, position, metric, numerator, denominator, plain(rate), plain(goal),
                comparison, allowance, status};
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
