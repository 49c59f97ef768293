package com.marketplace.sellerperformance.serviceproviders.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.ShadowRuleSet;
import com.marketplace.sellerperformance.facts.Measurement;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.records.SubjectLock;
import com.marketplace.sellerperformance.records.SubmissionFlow;
import com.marketplace.sellerperformance.serviceproviders.persistence.EvaluationEntity;
import com.marketplace.sellerperformance.serviceproviders.persistence.EvaluationMetricEntity;
import com.marketplace.sellerperformance.serviceproviders.persistence.EvaluationRepository;
import com.marketplace.sellerperformance.serviceproviders.persistence.ServiceProviderEntity;
import com.marketplace.sellerperformance.serviceproviders.persistence.ServiceProviderRepository;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceProviderRules;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceSubmission;
import com.marketplace.sellerperformance.records.Caller;
import com.marketplace.sellerperformance.problems.FieldError;
import com.marketplace.sellerperformance.problems.InputCheck;
import com.marketplace.sellerperformance.problems.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Evaluates a service provider's period and records it, one provider at a time. */
@ApplicationScoped
public class EvaluationService implements SubmissionFlow.Kind<ServiceSubmission, EvaluationEntity> {
    private static final Set<String> STARS = Set.of("1", "2", "3", "4", "5");

    private final Caller caller;
    private final ServiceProviderRules policy;
    private final ActiveRuleSet rules;
    private final ServiceProviderRepository providers;
    private final EvaluationRepository evaluations;
    private final ObjectMapper json;
    private final SubmissionFlow flow;
    private final InputCheck input;
    private final ShadowRuleSet shadow;

    /** How the shadow rule set's comparisons name an evaluation. */
    public static final String SHADOW_KIND = "SERVICES_EVALUATION";

    public EvaluationService(ServiceProviderRules policy, ActiveRuleSet rules, SubmissionFlow flow, InputCheck input,
                             ServiceProviderRepository providers, EvaluationRepository evaluations, ObjectMapper json,
                             Caller caller, ShadowRuleSet shadow) {
        this.flow = flow;
        this.shadow = shadow;
        this.input = input;
        this.policy = policy;
        this.rules = rules;
        this.providers = providers;
        this.evaluations = evaluations;
        this.json = json;
        this.caller = caller;
    }

    public record Outcome(EvaluationView evaluation, boolean created) {
    }

    @Transactional
    public Outcome evaluate(ServiceSubmission submission) {
        check(submission);
        SubmissionFlow.Outcome<EvaluationEntity> outcome = flow.submit(this, submission);
        return new Outcome(EvaluationView.of(outcome.record(), submission.providerId()), outcome.created());
    }

    @Override
    public SubjectLock.Kind subjectKind() {
        return SubjectLock.Kind.SERVICE_PROVIDER;
    }

    @Override
    public String subjectId(ServiceSubmission submission) {
        return submission.providerId();
    }

    @Override
    public Optional<EvaluationEntity> onRecord(ServiceSubmission submission) {
        return providers.findByProviderId(submission.providerId())
                .flatMap(provider -> evaluations.findForPeriod(provider, submission.periodStart(),
                        submission.periodEnd()));
    }

    @Override
    public String conflict(EvaluationEntity earlier, ServiceSubmission submission) {
        return "The period " + submission.periodStart() + " to " + submission.periodEnd() + " of provider "
                + submission.providerId() + " is already evaluated (evaluation " + earlier.evaluationId
                + ") with other facts";
    }

    @Override
    public EvaluationEntity decideAndStore(ServiceSubmission submission) {
        EvaluationEntity evaluation = decide(submission);
        shadow.compare(SHADOW_KIND, evaluation.evaluationId.toString(), submission.providerId(),
                () -> asDecided(evaluation), ruleSet -> asDecided(policy.evaluate(ruleSet, submission)));
        evaluation.provider = providers.findOrCreate(submission.providerId());
        evaluation.createdBy = caller.name();
        evaluations.persist(evaluation);
        return evaluation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationView preview(ServiceSubmission submission) {
        check(submission);
        EvaluationEntity evaluation = decide(submission);
        evaluation.evaluationId = null;
        return EvaluationView.of(evaluation, submission.providerId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationView find(UUID evaluationId) {
        EvaluationEntity evaluation = evaluations.findByEvaluationId(evaluationId)
                .orElseThrow(() -> new NotFoundException("No evaluation " + evaluationId));
        return EvaluationView.of(evaluation, evaluation.provider.providerId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvaluationView> findByProvider(String providerId) {
        ServiceProviderEntity provider = providers.findByProviderId(providerId)
                .orElseThrow(() -> new NotFoundException("No provider " + providerId + " has been seen"));
        return evaluations.findByProvider(provider).stream()
                .map(e -> EvaluationView.of(e, providerId)).toList();
    }

    private EvaluationEntity decide(ServiceSubmission submission) {
        ServiceProviderRules.PerformanceDecision decision = policy.evaluate(rules.current(), submission);
        EvaluationEntity evaluation = new EvaluationEntity();
        evaluation.evaluationId = UUID.randomUUID();
        evaluation.periodStart = submission.periodStart();
        evaluation.periodEnd = submission.periodEnd();
        evaluation.inputFacts = json.valueToTree(submission);
        evaluation.ruleSetVersion = decision.ruleSetVersion();
        evaluation.firedRules = new ArrayList<>(decision.firedRules());
        evaluation.performanceStatus = decision.performanceStatus();
        evaluation.missedMetrics = new ArrayList<>(decision.missedMetrics());
        evaluation.createdAt = Instant.now();
        for (MetricResult result : decision.metrics()) {
            Measurement measurement = result.getMeasurement();
            EvaluationMetricEntity metric = new EvaluationMetricEntity();
            metric.evaluation = evaluation;
            metric.position = measurement.getPosition();
            metric.metric = measurement.getMetric();
            metric.numerator = measurement.getNumerator();
            metric.denominator = measurement.getDenominator();
            metric.rate = measurement.getRate();
            metric.goal = measurement.getGoal();
            metric.comparison = measurement.getComparison();
            metric.status = result.getStatus();
            evaluation.metrics.add(metric);
        }
        return evaluation;
    }

    /** An evaluation as the shadow rule set's is held against it. */
    private static Map<String, String> asDecided(EvaluationEntity evaluation) {
        Map<String, String> decided = new LinkedHashMap<>();
        evaluation.metrics.forEach(m -> decided.put("metrics." + m.metric, String.valueOf(m.status)));
        decided.put("performanceStatus", evaluation.performanceStatus);
        return decided;
    }

    private static Map<String, String> asDecided(ServiceProviderRules.PerformanceDecision decision) {
        Map<String, String> decided = new LinkedHashMap<>();
        decision.metrics().forEach(m -> decided.put("metrics." + m.getMetric(), String.valueOf(m.getStatus())));
        decided.put("performanceStatus", decision.performanceStatus());
        return decided;
    }

    /**
     * Every fault of the submission at once: its declared constraints, a real period, star keys 1..5,
     * no more rated orders than completed ones.
     */
    private void check(ServiceSubmission submission) {
        List<FieldError> errors = new ArrayList<>(input.violations(submission));
        if (submission.periodStart() != null && submission.periodEnd() != null
                && submission.periodEnd().isBefore(submission.periodStart())) {
            errors.add(new FieldError("periodEnd", "must not be before periodStart"));
        }
        BigInteger rated = BigInteger.ZERO;
        for (var rating : submission.ratingsOrEmpty().entrySet()) {
            if (!STARS.contains(rating.getKey())) {
                errors.add(new FieldError("ratings." + rating.getKey(), "stars must be 1, 2, 3, 4 or 5"));
            } else if (rating.getValue() != null) {
                rated = rated.add(BigInteger.valueOf(rating.getValue()));
            }
        }
        if (submission.completedOrders() != null
                && rated.compareTo(BigInteger.valueOf(submission.completedOrders())) > 0) {
            errors.add(new FieldError("ratings", "there are " + rated + " rated orders but only "
                    + submission.completedOrders() + " completed orders"));
        }
        InputCheck.refuseIfAny(errors);
    }

    @Override
    public boolean sameFacts(EvaluationEntity earlier, ServiceSubmission submission) {
        try {
            return json.treeToValue(earlier.inputFacts, ServiceSubmission.class).equals(submission);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored facts of evaluation " + earlier.evaluationId
                    + " cannot be read back", e);
        }
    }
}
