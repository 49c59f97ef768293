package com.marketplace.sellerperformance.fbaonsite.persistence;

import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepository<AssessmentEntity> {

    /** The latest revision of an assessment. */
    public Optional<AssessmentEntity> findLatest(UUID assessmentId) {
        return find("assessmentId = ?1 order by revision desc", assessmentId).firstResultOptional();
    }

    public Optional<AssessmentEntity> findRevision(UUID assessmentId, int revision) {
        return find("assessmentId = ?1 and revision = ?2", assessmentId, revision).firstResultOptional();
    }

    /** The latest revision of each of a seller's FBA Onsite assessments, in period order. */
    public List<AssessmentEntity> findLatestBySeller(SellerEntity seller) {
        return list("from AssessmentEntity latest where latest.seller = ?1 and latest.program = ?2"
                + " and latest.revision = (select max(other.revision) from AssessmentEntity other"
                + " where other.assessmentId = latest.assessmentId) order by latest.periodStart", seller,
                FbaOnsiteRules.PROGRAM);
    }

    /** Every revision of the seller's FBA Onsite assessments, in period order, revisions in order. */
    public List<AssessmentEntity> findAllRevisionsBySeller(SellerEntity seller) {
        return list("seller = ?1 and program = ?2 order by periodStart, revision", seller, FbaOnsiteRules.PROGRAM);
    }

    /** The latest assessment day among the seller's assessments of periods ending before the given day. */
    public Optional<LocalDate> findLatestDayBefore(SellerEntity seller, LocalDate periodStart) {
        return getEntityManager().createQuery("select max(a.assessedOn) from AssessmentEntity a where a.seller = :seller"
                        + " and a.program = :program and a.periodEnd < :start", LocalDate.class)
                .setParameter("seller", seller).setParameter("program", FbaOnsiteRules.PROGRAM)
                .setParameter("start", periodStart).getResultStream().filter(Objects::nonNull).findFirst();
    }

    /** Sellers with an assessment (latest revision) made in the range, in id order, one page of them. */
    public List<SellerEntity> findSellersAssessedBetween(String program, LocalDate from, LocalDate to,
                                                         int page, int size) {
        return getEntityManager().createQuery("select distinct a.seller from AssessmentEntity a where a.program = :program"
                        + " and a.assessedOn between :from and :to order by a.seller.sellerId", SellerEntity.class)
                .setParameter("program", program).setParameter("from", from).setParameter("to", to)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countSellersAssessedBetween(String program, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("select count(distinct a.seller) from AssessmentEntity a"
                        + " where a.program = :program and a.assessedOn between :from and :to", Long.class)
                .setParameter("program", program).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** First revisions of the seller's assessments whose period overlaps or follows the given one. */
    public List<AssessmentEntity> findOriginalsOverlappingOrAfter(SellerEntity seller, LocalDate periodStart) {
        return list("seller = ?1 and program = ?2 and revision = 1 and periodEnd >= ?3 order by periodStart",
                seller, FbaOnsiteRules.PROGRAM, periodStart);
    }
}
