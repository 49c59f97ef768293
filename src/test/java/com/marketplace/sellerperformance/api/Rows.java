package com.marketplace.sellerperformance.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row counts of every table a request could write, to prove that a refused request wrote nothing. */
@ApplicationScoped
public class Rows {
    private static final List<String> TABLES = List.of("seller", "assessment", "metric_result", "return_target", "strike",
            "daily_check", "plan_of_action", "appeal", "service_provider", "service_evaluation",
            "service_metric_result", "account_action", "improvement_plan", "decision_event", "announced_standing",
            "announced_account");

    private final EntityManager entityManager;

    public Rows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Map<String, Long> count() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            Number count = (Number) entityManager
                    .createNativeQuery("SELECT count(*) FROM {h-schema}" + table).getSingleResult();
            counts.put(table, count.longValue());
        }
        return counts;
    }

    @Transactional
    public long assessmentsOf(String sellerId) {
        Number count = (Number) entityManager.createNativeQuery("SELECT count(*) FROM {h-schema}assessment a"
                        + " JOIN {h-schema}seller s ON s.id = a.seller_ref WHERE s.seller_id = :sellerId")
                .setParameter("sellerId", sellerId).getSingleResult();
        return count.longValue();
    }
}
