package com.marketplace.sellerperformance.records;

import com.marketplace.sellerperformance.facts.Comparison;
import com.marketplace.sellerperformance.facts.MetricStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;

/** What every program stores of one metric's result: the counts, the rate against its goal, the status. */
@MappedSuperclass
public abstract class MetricColumns extends PanacheEntityBase {
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

    /** A stored rate or goal as shown: 0.006000 read back from the database shows as 0.006. */
    public static BigDecimal shown(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
