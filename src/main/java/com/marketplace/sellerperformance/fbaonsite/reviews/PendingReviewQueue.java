package com.marketplace.sellerperformance.fbaonsite.reviews;

import com.marketplace.sellerperformance.fbaonsite.persistence.AppealEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AppealStatus;
import com.marketplace.sellerperformance.fbaonsite.persistence.PlanOfActionEntity;
import com.marketplace.sellerperformance.records.PendingReview;
import com.marketplace.sellerperformance.records.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The FBA Onsite records a reviewer has still to decide: submitted plans of action and open appeals. */
@ApplicationScoped
public class PendingReviewQueue {
    private static final String PROGRAM = "fba-onsite";
    private final EntityManager entityManager;

    public PendingReviewQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Oldest first (by when they arrived), at most {@link PendingReview#QUEUE_LIMIT}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PendingReview> oldestFirst() {
        List<PendingReview> queue = new ArrayList<>();
        entityManager.createQuery("select p from PlanOfActionEntity p join fetch p.seller where p.status = :status"
                        + " order by p.createdAt, p.id", PlanOfActionEntity.class)
                .setParameter("status", ReviewStatus.SUBMITTED)
                .setMaxResults(PendingReview.QUEUE_LIMIT)
                .getResultList()
                .forEach(plan -> queue.add(new PendingReview(PendingReview.Kind.PLAN_OF_ACTION, plan.planId, PROGRAM,
                        plan.seller.sellerId, plan.createdAt, plan.submittedOn, plan.submittedBy, plan.rootCause)));
        entityManager.createQuery("select a, s.sellerId from AppealEntity a, AssessmentEntity x join x.seller s"
                        + " where x.assessmentId = a.assessmentId and x.revision = a.appealedRevision"
                        + " and a.status = :status order by a.createdAt, a.id", Object[].class)
                .setParameter("status", AppealStatus.OPEN)
                .setMaxResults(PendingReview.QUEUE_LIMIT)
                .getResultList()
                .forEach(row -> {
                    AppealEntity appeal = (AppealEntity) row[0];
                    queue.add(new PendingReview(PendingReview.Kind.APPEAL, appeal.appealId, PROGRAM, (String) row[1],
                            appeal.createdAt, null, appeal.submittedBy,
                            appeal.metric + ": " + appeal.missesAppealed + " misses appealed. " + appeal.reason));
                });
        queue.sort(Comparator.comparing(PendingReview::receivedAt));
        return queue.size() > PendingReview.QUEUE_LIMIT ? queue.subList(0, PendingReview.QUEUE_LIMIT) : queue;
    }
}
