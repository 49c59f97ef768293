package com.marketplace.sellerperformance.serviceproviders.account;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.records.ReviewLifecycle;
import com.marketplace.sellerperformance.records.ReviewStatus;
import com.marketplace.sellerperformance.records.SubjectLock;
import com.marketplace.sellerperformance.serviceproviders.facts.AccountAction;
import com.marketplace.sellerperformance.serviceproviders.facts.AutomaticAccountAction;
import com.marketplace.sellerperformance.serviceproviders.facts.ProviderAccount;
import com.marketplace.sellerperformance.serviceproviders.facts.RefusedAccountAction;
import com.marketplace.sellerperformance.serviceproviders.persistence.AccountActionEntity;
import com.marketplace.sellerperformance.serviceproviders.persistence.AccountActionRepository;
import com.marketplace.sellerperformance.serviceproviders.persistence.EvaluationRepository;
import com.marketplace.sellerperformance.serviceproviders.persistence.ImprovementPlanEntity;
import com.marketplace.sellerperformance.serviceproviders.persistence.ImprovementPlanRepository;
import com.marketplace.sellerperformance.serviceproviders.persistence.ServiceProviderEntity;
import com.marketplace.sellerperformance.serviceproviders.persistence.ServiceProviderRepository;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceProviderRules;
import com.marketplace.sellerperformance.problems.BadInputException;
import com.marketplace.sellerperformance.records.Caller;
import com.marketplace.sellerperformance.problems.ConflictException;
import com.marketplace.sellerperformance.problems.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A service provider's account status, set by reviewers' actions and decided by the rules from
 * the actions on record; improvement plans (also the appeal of a suspension) reinstate when approved.
 */
@ApplicationScoped
public class AccountService {
    private final Caller caller;
    private final ServiceProviderRules policy;
    private final ActiveRuleSet rules;
    private final ServiceProviderRepository providers;
    private final AccountActionRepository actions;
    private final EvaluationRepository evaluations;
    private final ImprovementPlanRepository plans;
    private final ReviewLifecycle reviews;
    private final AccountAnnouncements announcements;

    public AccountService(ServiceProviderRules policy, ActiveRuleSet rules, ServiceProviderRepository providers,
                          AccountActionRepository actions, EvaluationRepository evaluations,
                          ImprovementPlanRepository plans, ReviewLifecycle reviews, Caller caller, AccountAnnouncements announcements) {
        this.announcements = announcements;
        this.reviews = reviews;
        this.policy = policy;
        this.rules = rules;
        this.providers = providers;
        this.actions = actions;
        this.evaluations = evaluations;
        this.plans = plans;
        this.caller = caller;
    }

    /** The action a reviewer's approval of an improvement plan takes on the account. */
    private static final String APPROVED_PLAN_ACTION = "REINSTATE";

    /** on defaults to today; the actions, and what each does, are the rules' (rules/services/account/account.drl). */
    public record ActionRequest(@NotBlank @Pattern(regexp = "^[A-Z][A-Z_]{0,63}$",
                                        message = "must be an action name such as START_REVIEW") String action,
                                LocalDate on, LocalDate reinstatesOn,
                                Boolean improvementPlanRequired) {
    }

    public record AccountView(String providerId, LocalDate on, String accountStatus, LocalDate since,
                              LocalDate fundsWithheldUntil, LocalDate reinstatesOn, boolean improvementPlanRequired,
                              String latestPerformanceStatus, List<ActionView> actions) {
    }

    /** The name an action the rules take by themselves is recorded under. */
    public static final String SYSTEM = "system";

    /** An action on record: what, when, and who took it (a reviewer, or "system" for the rules' own). */
    public record ActionView(String action, LocalDate on, LocalDate reinstatesOn, String takenBy) {
    }

    public record PlanSubmission(@NotBlank @Size(max = 10000) String improvementPlan,
                                 @Size(max = 10000) String appealReason, LocalDate submittedOn) {
    }

    public record PlanDecision(@NotNull Boolean approved, @NotNull LocalDate decidedOn,
                               @Size(max = 10000) String comment) {
    }

    public record PlanView(UUID planId, String providerId, ReviewStatus status, String improvementPlan,
                           String appealReason, LocalDate submittedOn, LocalDate decidedOn, String comment,
                           String submittedBy, String decidedBy, AccountView account) {
        static PlanView of(ImprovementPlanEntity plan, AccountView account) {
            return new PlanView(plan.planId, plan.provider.providerId, plan.status, plan.plan, plan.appealReason,
                    plan.submittedOn, plan.decidedOn, plan.comment, plan.submittedBy, plan.decidedBy, account);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView account(String providerId, LocalDate day) {
        return accountOn(known(providerId), day);
    }

    /** The account on a day from the actions taken on or before {@code asOf}; null: everything on record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView account(String providerId, LocalDate day, LocalDate asOf) {
        return accountOn(known(providerId), day, asOf);
    }

    @Transactional
    public AccountView act(String providerId, ActionRequest request, LocalDate today) {
        LocalDate on = request.on() == null ? today : request.on();
        providers.lockForUpdate(providerId);
        ServiceProviderEntity provider = known(providerId);
        record(provider, request.action(), on, request.reinstatesOn(),
                Boolean.TRUE.equals(request.improvementPlanRequired()));
        announcements.acted(provider, on);
        return accountOn(provider, on);
    }

    @Transactional
    public PlanView submitPlan(String providerId, PlanSubmission submission, LocalDate today) {
        providers.lockForUpdate(providerId);
        ServiceProviderEntity provider = known(providerId);
        LocalDate submittedOn = submission.submittedOn() == null ? today : submission.submittedOn();
        AccountView account = accountOn(provider, submittedOn);
        if (!decideAccount(provider, submittedOn).isTakingImprovementPlans()) {
            throw new ConflictException("Provider " + providerId + " is " + account.accountStatus() + " on "
                    + submittedOn + "; improvement plans answer a suspension");
        }
        ImprovementPlanEntity plan = new ImprovementPlanEntity();
        plan.planId = UUID.randomUUID();
        plan.provider = provider;
        plan.plan = submission.improvementPlan();
        plan.appealReason = submission.appealReason();
        plan.submittedOn = submittedOn;
        plan.status = ReviewStatus.SUBMITTED;
        plan.createdAt = Instant.now();
        plan.submittedBy = caller.name();
        plans.persist(plan);
        return PlanView.of(plan, account);
    }

    @Transactional
    public PlanView decidePlan(UUID planId, PlanDecision decision) {
        ImprovementPlanEntity plan = plans.findByPlanId(planId)
                .orElseThrow(() -> new NotFoundException("No improvement plan " + planId));
        reviews.decide(plan, SubjectLock.Kind.SERVICE_PROVIDER, plan.provider.providerId, decision.decidedOn());
        plan.status = decision.approved() ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
        plan.comment = decision.comment();
        if (decision.approved()) {
            record(plan.provider, APPROVED_PLAN_ACTION, decision.decidedOn(), null, false);
            announcements.acted(plan.provider, decision.decidedOn());
        }
        return PlanView.of(plan, accountOn(plan.provider, decision.decidedOn()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView findPlan(UUID planId) {
        ImprovementPlanEntity plan = plans.findByPlanId(planId)
                .orElseThrow(() -> new NotFoundException("No improvement plan " + planId));
        LocalDate day = plan.decidedOn != null ? plan.decidedOn : plan.submittedOn;
        return PlanView.of(plan, accountOn(plan.provider, day));
    }

    /** Records an action if the rules accept it after every earlier one; refuses it otherwise, writing nothing. */
    private void record(ServiceProviderEntity provider, String action, LocalDate on, LocalDate reinstatesOn,
                        boolean improvementPlanRequired) {
        List<AccountActionEntity> earlier = actions.findByProvider(provider);
        if (!earlier.isEmpty() && on.isBefore(earlier.get(earlier.size() - 1).on)) {
            throw new ConflictException("The action is dated " + on + ", before the account's latest action on "
                    + earlier.get(earlier.size() - 1).on + "; actions are taken in date order");
        }
        List<AccountAction> facts = new ArrayList<>(toFacts(earlier));
        long sequence = facts.size() + 1L;
        facts.add(new AccountAction(sequence, action, on, reinstatesOn, improvementPlanRequired));
        for (RefusedAccountAction refused : policy.account(rules.current(), on, facts).refused()) {
            if (refused.getSequence() == sequence) {
                if (refused.isBadInput()) {
                    throw new BadInputException(refused.getField(), refused.getReason());
                }
                throw new ConflictException("Provider " + provider.providerId + ": " + refused.getReason()
                        + " (on " + on + ")");
            }
        }
        AccountActionEntity entity = new AccountActionEntity();
        entity.provider = provider;
        entity.action = action;
        entity.on = on;
        entity.reinstatesOn = reinstatesOn;
        entity.improvementPlanRequired = improvementPlanRequired;
        entity.createdAt = Instant.now();
        entity.takenBy = caller.name();
        actions.persist(entity);
    }

    private AccountView accountOn(ServiceProviderEntity provider, LocalDate day) {
        return accountOn(provider, day, null);
    }

    /**
     * The account on a day; with {@code asOf}, only the actions taken and the evaluations of periods
     * ended on or before that day count.
     */
    private AccountView accountOn(ServiceProviderEntity provider, LocalDate day, LocalDate asOf) {
        LocalDate known = asOf == null || day.isBefore(asOf) ? day : asOf;
        List<AccountActionEntity> onRecord = actions.findByProvider(provider).stream()
                .filter(action -> !action.on.isAfter(known)).toList();
        ServiceProviderRules.AccountDecision decision = policy.account(rules.current(), day, toFacts(onRecord));
        ProviderAccount account = decision.account();
        String latestPerformance = (asOf == null ? evaluations.findLatest(provider)
                : evaluations.findLatestEndedBy(provider, asOf)).map(e -> e.performanceStatus).orElse(null);
        return new AccountView(provider.providerId, day, account.getStatus(), account.getSince(),
                account.getFundsWithheldUntil(), account.getReinstatesOn(), account.isImprovementPlanRequired(),
                latestPerformance, history(onRecord, decision.automatic()));
    }

    /** The reviewers' actions and the rules' own, in date order; on one day the rules' come first. */
    private static List<ActionView> history(List<AccountActionEntity> taken, List<AutomaticAccountAction> automatic) {
        List<ActionView> history = new ArrayList<>();
        automatic.forEach(a -> history.add(new ActionView(a.getAction(), a.getOn(), null, SYSTEM)));
        taken.forEach(a -> history.add(new ActionView(a.action, a.on, a.reinstatesOn, a.takenBy)));
        history.sort(Comparator.comparing(ActionView::on)); // stable: the rules' own first on a day
        return history;
    }

    private ProviderAccount decideAccount(ServiceProviderEntity provider, LocalDate day) {
        List<AccountActionEntity> onRecord = actions.findByProvider(provider).stream()
                .filter(action -> !action.on.isAfter(day)).toList();
        return policy.account(rules.current(), day, toFacts(onRecord)).account();
    }

    private static List<AccountAction> toFacts(List<AccountActionEntity> entities) {
        List<AccountAction> facts = new ArrayList<>();
        long sequence = 1;
        for (AccountActionEntity entity : entities) {
            facts.add(new AccountAction(sequence++, entity.action, entity.on, entity.reinstatesOn,
                    entity.improvementPlanRequired));
        }
        return facts;
    }

    private ServiceProviderEntity known(String providerId) {
        return providers.findByProviderId(providerId)
                .orElseThrow(() -> new NotFoundException("No provider " + providerId + " has been seen"));
    }
}
