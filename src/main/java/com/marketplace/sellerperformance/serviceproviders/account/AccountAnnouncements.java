package com.marketplace.sellerperformance.serviceproviders.account;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.events.ChangesWithTime;
import com.marketplace.sellerperformance.events.DecisionEvent;
import com.marketplace.sellerperformance.events.Outbox;
import com.marketplace.sellerperformance.serviceproviders.persistence.ServiceProviderEntity;
import com.marketplace.sellerperformance.serviceproviders.persistence.ServiceProviderRepository;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceProviderRules;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;

/**
 * What a service provider is told about its account, as decision events: each change of the
 * account status, after a reviewer's action and on the day an automatic reinstatement arrives
 * (the daily job). The status last told is kept in the table announced_account.
 */
@ApplicationScoped
public class AccountAnnouncements implements ChangesWithTime {
    private static final String NEVER_TOLD = "ACTIVE";
    /** The columns of announced_account, as its rows are read and written. */
    private static final List<String> COLUMNS = List.of("provider_ref", "as_of", "account_status", "next_change_on");

    private final Outbox outbox;
    private final AccountService accounts;
    private final ServiceProviderRepository providers;
    private final ActiveRuleSet rules;
    private final EntityManager entityManager;

    public AccountAnnouncements(Outbox outbox, AccountService accounts, ServiceProviderRepository providers,
                                ActiveRuleSet rules, EntityManager entityManager) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.providers = providers;
        this.rules = rules;
        this.entityManager = entityManager;
    }

    private record Told(LocalDate asOf, String accountStatus, LocalDate nextChangeOn) {
    }

    /**
     * Announces what an action on the account changed, on the action's day (or the day last told,
     * when that is later). Runs in the action's transaction, under the provider's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void acted(ServiceProviderEntity provider, LocalDate day) {
        Told told = told(provider);
        announce(provider, told, told.asOf() != null && told.asOf().isAfter(day) ? told.asOf() : day);
    }

    /** The daily job: each automatic reinstatement on or before the day, dated on its own day. */
    @Override
    public int announceUpTo(LocalDate day) {
        int recorded = 0;
        for (Long providerRef : QuarkusTransaction.requiringNew().call(() -> changingBy(day))) {
            recorded += QuarkusTransaction.requiringNew().call(() -> {
                ServiceProviderEntity provider = providers.findById(providerRef);
                providers.lockForUpdate(provider.providerId);
                int made = 0;
                Told told = told(provider);
                while (told.nextChangeOn() != null && !told.nextChangeOn().isAfter(day)) {
                    made += announce(provider, told, told.nextChangeOn());
                    told = told(provider);
                }
                return made;
            });
        }
        return recorded;
    }

    private int announce(ServiceProviderEntity provider, Told told, LocalDate on) {
        AccountService.AccountView account = accounts.account(provider.providerId, on);
        LocalDate next = account.reinstatesOn() != null && account.reinstatesOn().isAfter(on) ? account.reinstatesOn() : null;
        String before = told.accountStatus() == null ? NEVER_TOLD : told.accountStatus();
        int recorded = 0;
        if (!before.equals(account.accountStatus())) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("previousStatus", before);
            details.put("accountStatus", account.accountStatus());
            details.put("since", account.since());
            details.put("fundsWithheldUntil", account.fundsWithheldUntil());
            details.put("reinstatesOn", account.reinstatesOn());
            details.put("improvementPlanRequired", account.improvementPlanRequired());
            String key = ServiceProviderRules.PROGRAM + "|" + provider.providerId + "|" + before + ">"
                    + account.accountStatus() + "|" + on + "|after|" + told.asOf();
            recorded = outbox.record(new Outbox.Change(key, DecisionEvent.Type.ACCOUNT_STATUS_CHANGED,
                    ServiceProviderRules.PROGRAM, provider.providerId, on, rules.current().version(), details)) ? 1 : 0;
        }
        tell(provider, new Told(on, account.accountStatus(), next));
        return recorded;
    }

    @SuppressWarnings("unchecked")
    private Told told(ServiceProviderEntity provider) {
        List<Tuple> rows = entityManager.createNativeQuery("SELECT " + String.join(", ", COLUMNS)
                        + " FROM {h-schema}announced_account WHERE provider_ref = :provider", Tuple.class)
                .setParameter("provider", provider.id)
                .getResultList();
        if (rows.isEmpty()) {
            return new Told(null, null, null);
        }
        Tuple row = rows.get(0);
        return new Told(day(row.get("as_of")), (String) row.get("account_status"), day(row.get("next_change_on")));
    }

    private void tell(ServiceProviderEntity provider, Told told) {
        entityManager.createNativeQuery("INSERT INTO {h-schema}announced_account (" + String.join(", ", COLUMNS)
                        + ") VALUES (:provider, :asOf, :status, :next)"
                        + " ON CONFLICT (provider_ref) DO UPDATE SET as_of = excluded.as_of,"
                        + " account_status = excluded.account_status, next_change_on = excluded.next_change_on")
                .unwrap(NativeQuery.class)
                .setParameter("provider", provider.id)
                .setParameter("asOf", told.asOf())
                .setParameter("status", told.accountStatus())
                .setParameter("next", told.nextChangeOn(), LocalDate.class)
                .executeUpdate();
    }

    private List<Long> changingBy(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Number> refs = entityManager.createNativeQuery("SELECT provider_ref FROM {h-schema}announced_account"
                        + " WHERE next_change_on <= :day ORDER BY provider_ref")
                .setParameter("day", day)
                .getResultList();
        return refs.stream().map(Number::longValue).toList();
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
