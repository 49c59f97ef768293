package com.marketplace.sellerperformance.serviceproviders.rules;

import com.marketplace.sellerperformance.engine.Evaluation;
import com.marketplace.sellerperformance.engine.RuleEvaluator;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.facts.MetricStatus;
import com.marketplace.sellerperformance.facts.StandingDay;
import com.marketplace.sellerperformance.serviceproviders.facts.AccountAction;
import com.marketplace.sellerperformance.serviceproviders.facts.AutomaticAccountAction;
import com.marketplace.sellerperformance.serviceproviders.facts.PerformanceStatus;
import com.marketplace.sellerperformance.serviceproviders.facts.ProviderAccount;
import com.marketplace.sellerperformance.serviceproviders.facts.RefusedAccountAction;
import com.marketplace.sellerperformance.serviceproviders.facts.ServicePeriodFacts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lets the Services rules decide a provider's metrics and performance status, and its account status. */
@ApplicationScoped
public class ServiceProviderRules {
    public static final String PROGRAM = "services";
    /** The phases of the Services rules, one folder each under rules/services/. */
    static final String MEASURE = "measure";
    static final String STATUS = "status";
    static final String ACCOUNT = "account";

    private final RuleEvaluator evaluator;

    public ServiceProviderRules(RuleEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    public record PerformanceDecision(List<MetricResult> metrics, String performanceStatus, List<String> missedMetrics,
                                      List<String> firedRules, String ruleSetVersion) {
    }

    public record AccountDecision(ProviderAccount account, List<RefusedAccountAction> refused,
                                  List<AutomaticAccountAction> automatic) {
    }

    public PerformanceDecision evaluate(RuleSet ruleSet, ServiceSubmission submission) {
        Map<Integer, Long> ratings = new HashMap<>();
        submission.ratingsOrEmpty().forEach((stars, orders) -> ratings.put(Integer.valueOf(stars), orders));
        ServicePeriodFacts facts = new ServicePeriodFacts(submission.providerId(), submission.periodStart(),
                submission.periodEnd(), ratings, submission.completedOrders(), submission.cancelledOrders(),
                submission.happinessGuaranteeClaims(), submission.attributedCancellations(),
                submission.attributedReschedules(), submission.startedOutsideArrivalWindow(),
                submission.completedLate());
        Evaluation measured = evaluator.evaluate(ruleSet, PROGRAM, MEASURE, List.of(facts));
        List<MetricResult> metrics = measured.all(MetricResult.class).stream()
                .sorted(Comparator.comparingInt(MetricResult::getPosition))
                .toList();
        List<Object> period = new ArrayList<>(metrics);
        period.add(facts);
        Evaluation status = evaluator.evaluate(ruleSet, PROGRAM, STATUS, period);
        List<PerformanceStatus> statuses = status.all(PerformanceStatus.class);
        if (statuses.size() != 1) {
            throw new IllegalStateException("The rules " + ruleSet.version() + " decided " + statuses.size()
                    + " performance statuses instead of one");
        }
        List<String> missed = metrics.stream()
                .filter(m -> m.getStatus() == MetricStatus.MISSED)
                .map(MetricResult::getMetric)
                .toList();
        List<String> fired = new ArrayList<>(measured.firedRules());
        status.firedRules().stream().filter(rule -> !fired.contains(rule)).forEach(fired::add);
        return new PerformanceDecision(metrics, statuses.get(0).getStatus(), missed, fired,
                measured.ruleSetVersion());
    }

    /** The account on a day, from the actions on record up to that day, in order. */
    public AccountDecision account(RuleSet ruleSet, LocalDate day, List<AccountAction> actions) {
        List<Object> facts = new ArrayList<>(actions);
        facts.add(new StandingDay(day));
        Evaluation evaluation = evaluator.evaluate(ruleSet, PROGRAM, ACCOUNT, facts);
        List<ProviderAccount> accounts = evaluation.all(ProviderAccount.class);
        if (accounts.size() != 1) {
            throw new IllegalStateException("The rules " + ruleSet.version() + " built " + accounts.size()
                    + " accounts instead of one");
        }
        return new AccountDecision(accounts.get(0), evaluation.all(RefusedAccountAction.class),
                evaluation.all(AutomaticAccountAction.class));
    }
}
