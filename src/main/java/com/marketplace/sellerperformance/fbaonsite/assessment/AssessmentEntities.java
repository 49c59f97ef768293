package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.facts.Measurement;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.MetricResultEntity;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** An assessment as stored, made from the facts and the rules' decision; {@link PeriodsOnRecord} reads its facts back. */
@ApplicationScoped
public class AssessmentEntities {
    private final ObjectMapper json;

    public AssessmentEntities(ObjectMapper json) {
        this.json = json;
    }

    /** The first revision of a new assessment, not yet stored. */
    public AssessmentEntity of(FbaSubmission submission, FbaDecision decision, List<String> firedRules,
                               Map<String, BigDecimal> targets) {
        AssessmentEntity assessment = new AssessmentEntity();
        assessment.assessmentId = UUID.randomUUID();
        assessment.revision = 1;
        assessment.program = FbaOnsiteRules.PROGRAM;
        assessment.periodStart = submission.periodStart();
        assessment.periodEnd = submission.periodEnd();
        assessment.assessedOn = decision.assessedOn();
        assessment.decidedOn = decision.assessedOn();
        assessment.returnTargets = new TreeMap<>(targets);
        assessment.inputFacts = json.valueToTree(submission.canonical());
        assessment.ruleSetVersion = decision.ruleSetVersion();
        assessment.firedRules = new ArrayList<>(firedRules);
        assessment.createdAt = Instant.now();
        decision.metrics().forEach(result -> assessment.addMetric(metricOf(result)));
        return assessment;
    }

    private static MetricResultEntity metricOf(MetricResult result) {
        Measurement measurement = result.getMeasurement();
        MetricResultEntity entity = new MetricResultEntity();
        entity.position = measurement.getPosition();
        entity.metric = measurement.getMetric();
        entity.numerator = measurement.getNumerator();
        entity.denominator = measurement.getDenominator();
        entity.rate = measurement.getRate();
        entity.goal = measurement.getGoal();
        entity.comparison = measurement.getComparison();
        entity.allowance = measurement.getAllowance();
        entity.status = result.getStatus();
        return entity;
    }
}
