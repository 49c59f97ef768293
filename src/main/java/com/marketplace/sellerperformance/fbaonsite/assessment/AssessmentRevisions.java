package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.engine.RuleSetHistory;
import com.marketplace.sellerperformance.fbaonsite.ladder.StoredLadder;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.records.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** New revisions of stored assessments, as an accepted appeal makes them. */
@ApplicationScoped
public class AssessmentRevisions {
    private final FbaOnsiteRules fbaOnsite;
    private final RuleSetHistory ruleSets;
    private final RecordedPast past;
    private final AssessmentEntities entities;
    private final AssessmentRepository assessments;
    private final Caller caller;

    public AssessmentRevisions(FbaOnsiteRules fbaOnsite, RuleSetHistory ruleSets, RecordedPast past,
                               AssessmentEntities entities, AssessmentRepository assessments, Caller caller) {
        this.fbaOnsite = fbaOnsite;
        this.ruleSets = ruleSets;
        this.past = past;
        this.entities = entities;
        this.assessments = assessments;
        this.caller = caller;
    }

    /**
     * A new revision of a stored assessment from corrected facts, measured by the rules that made the
     * revision it corrects; its strikes are left to {@link StoredLadder#replayFrom}.
     */
    public AssessmentEntity revise(AssessmentEntity latest, FbaSubmission corrected, UUID appealId,
                                   LocalDate decidedOn) {
        Map<String, BigDecimal> targets = latest.returnTargets != null ? latest.returnTargets
                : past.of(Optional.of(latest.seller)).returnTargets();
        FbaDecision decision = fbaOnsite.measure(ruleSets.version(latest.ruleSetVersion), corrected,
                QuarterlyTargets.facts(targets));
        AssessmentEntity revision = entities.of(corrected, decision, decision.firedRules(), targets);
        revision.decidedOn = decidedOn.isBefore(latest.decidedOn) ? latest.decidedOn : decidedOn;
        revision.assessmentId = latest.assessmentId;
        revision.revision = latest.revision + 1;
        revision.seller = latest.seller;
        revision.appealId = appealId;
        revision.createdBy = caller.name();
        assessments.persist(revision);
        assessments.flush();
        return revision;
    }
}
