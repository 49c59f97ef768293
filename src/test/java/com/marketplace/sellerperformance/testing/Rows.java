package com.marketplace.sellerperformance.testing;

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
            "announced_account", "contact", "notice", "shadow_comparison");

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

    /**
     * Everything stored about a seller's FBA Onsite record, as JSON text without its ids, names or
     * clock times: two sellers decided alike give the same text.
     */
    @Transactional
    public String recordOf(String sellerId) {
        return (String) entityManager.createNativeQuery("SELECT json_build_object("
                        + " 'assessments', (SELECT json_agg(json_build_object('revision', a.revision,"
                        + "   'period', a.period_start || '/' || a.period_end, 'assessedOn', a.assessed_on,"
                        + "   'decidedOn', a.decided_on, 'returnTargets', a.return_targets,"
                        + "   'facts', a.input_facts - 'sellerId', 'ruleSet', a.rule_set_version, 'fired', a.fired_rules,"
                        + "   'by', a.created_by, 'metrics', (SELECT json_agg(json_build_object('position', m.position,"
                        + "     'metric', m.metric, 'numerator', m.numerator, 'denominator', m.denominator, 'rate', m.rate,"
                        + "     'goal', m.goal, 'comparison', m.comparison, 'allowance', m.allowance, 'status', m.status)"
                        + "     ORDER BY m.position) FROM {h-schema}metric_result m WHERE m.assessment_ref = a.id))"
                        + "   ORDER BY a.period_start, a.revision) FROM {h-schema}assessment a WHERE a.seller_ref = s.id),"
                        + " 'strikes', (SELECT json_agg(json_build_object('metric', k.metric, 'position', k.position,"
                        + "   'number', k.number, 'issuedOn', k.issued_on, 'expiresOn', k.expires_on, 'penalty', k.penalty,"
                        + "   'minimumDays', k.minimum_deactivation_days, 'plan', k.plan_of_action_required,"
                        + "   'status', k.status, 'revokedBy', k.revoked_by_revision) ORDER BY k.number, k.metric)"
                        + "   FROM {h-schema}strike k WHERE k.seller_ref = s.id),"
                        + " 'events', (SELECT json_agg(json_build_object('type', e.type, 'program', e.program,"
                        + "   'on', e.effective_on, 'ruleSet', e.payload -> 'ruleSetVersion',"
                        + "   'details', (e.payload -> 'details') - 'strikeId' - 'assessmentId') ORDER BY e.id)"
                        + "   FROM {h-schema}decision_event e WHERE e.subject_id = s.seller_id),"
                        + " 'told', (SELECT json_build_object('asOf', t.as_of, 'status', t.account_status,"
                        + "   'badge', t.prime_badge, 'next', t.next_change_on)"
                        + "   FROM {h-schema}announced_standing t WHERE t.seller_ref = s.id))::text"
                        + " FROM {h-schema}seller s WHERE s.seller_id = :sellerId")
                .setParameter("sellerId", sellerId).getSingleResult();
    }

    @Transactional
    public long assessmentsOf(String sellerId) {
        Number count = (Number) entityManager.createNativeQuery("SELECT count(*) FROM {h-schema}assessment a"
                        + " JOIN {h-schema}seller s ON s.id = a.seller_ref WHERE s.seller_id = :sellerId")
                .setParameter("sellerId", sellerId).getSingleResult();
        return count.longValue();
    }
}
