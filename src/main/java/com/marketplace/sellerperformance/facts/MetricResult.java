package com.marketplace.sellerperformance.facts;

/** A measurement with the status the rules gave it. */
public class MetricResult {
    private final Measurement measurement;
    private final MetricStatus status;

    public MetricResult(Measurement measurement, MetricStatus status) {
        this.measurement = measurement;
        this.status = status;
    }

    public Measurement getMeasurement() { return measurement; }
    public MetricStatus getStatus() { return status; }
    public String getMetric() { return measurement.getMetric(); }
    public int getPosition() { return measurement.getPosition(); }
}
