package com.marketplace.sellerperformance.fbaonsite.backtest;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetCompiler;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.assessment.PeriodsOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.QuarterlyReturnTarget;
import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.DailyCheckRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.MetricResultEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.ReturnTargetRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeRepository;
import com.marketplace.sellerperformance.fbaonsite.rules.DecidedStrikes;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderClimb;
import com.marketplace.sellerperformance.fbaonsite.rules.Rung;
import com.marketplace.sellerperformance.problems.BadInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-assesses the FBA Onsite facts on record in a date range under a draft rule set and reports
 * what would change, writing nothing. Each seller's assessments in the range are replayed in
 * period order under the draft, starting from the strikes on record before the range.
 */
@ApplicationScoped
public class BacktestService {
    private final RuleSetCompiler compiler;
    private final ActiveRuleSet active;
    private final FbaOnsiteRules fbaOnsite;
    private final LadderClimb ladder;
    private final AssessmentRepository assessments;
    private final StrikeRepository strikes;
    private final DailyCheckRepository dailyChecks;
    private final ReturnTargetRepository returnTargets;
    private final PeriodsOnRecord periods;

    public BacktestService(RuleSetCompiler compiler, ActiveRuleSet active, FbaOnsiteRules fbaOnsite, LadderClimb ladder,
                           AssessmentRepository assessments, StrikeRepository strikes, DailyCheckRepository dailyChecks,
                           ReturnTargetRepository returnTargets, PeriodsOnRecord periods) {
        this.compiler = compiler;
        this.active = active;
        this.fbaOnsite = fbaOnsite;
        this.ladder = ladder;
        this.assessments = assessments;
        this.strikes = strikes;
        this.dailyChecks = dailyChecks;
        this.returnTargets = returnTargets;
        this.periods = periods;
    }

    /** Throws RuleSetCompilationException for a draft that does not compile. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BacktestReport backtest(Map<String, String> draftFiles, LocalDate from, LocalDate to, int page, int size) {
        if (to.isBefore(from)) {
            throw new BadInputException("to", "must not be before from");
        }
        RuleSet draft = compiler.compileDraft(draftFiles);
        if (!draft.programs().containsKey(FbaOnsiteRules.PROGRAM)) {
            throw new BadInputException("files", "the draft has no " + FbaOnsiteRules.PROGRAM
                    + " rules to back-test (files under " + FbaOnsiteRules.PROGRAM + "/)");
        }

        long sellersInRange = assessments.countSellersAssessedBetween(FbaOnsiteRules.PROGRAM, from, to);
        List<SellerEntity> sellers = assessments.findSellersAssessedBetween(FbaOnsiteRules.PROGRAM, from, to, page, size);
        List<BacktestReport.SellerChanges> changes = new ArrayList<>();
        int read = 0;
        int[] totals = new int[6];
        for (SellerEntity seller : sellers) {
            List<BacktestReport.AssessmentChanges> changed = new ArrayList<>();
            read += replay(draft, seller, from, to, changed, totals);
            if (!changed.isEmpty()) {
                changes.add(new BacktestReport.SellerChanges(seller.sellerId, changed));
                totals[0]++;
            }
        }
        return new BacktestReport(draft.version(), active.current().version(), FbaOnsiteRules.PROGRAM, from, to, page,
                size, sellersInRange, sellers.size(), read,
                new BacktestReport.Totals(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5]), changes);
    }

    /**
     * Walks one seller's ladder over the range under the draft: each assessment measured again from its
     * facts, its strikes decided after those on record before the range and those the draft gave before
     * it. Returns how many assessments it read.
     */
    private int replay(RuleSet draft, SellerEntity seller, LocalDate from, LocalDate to,
                       List<BacktestReport.AssessmentChanges> changed, int[] totals) {
        List<StrikeEntity> onRecord = strikes.findStanding(seller);
        List<QuarterlyReturnTarget> targets = returnTargets.findBySeller(seller).stream()
                .map(t -> new QuarterlyReturnTarget(t.quarter, t.target)).toList();
        List<StrikeOnRecord> before = onRecord.stream().filter(strike -> strike.issuedOn.isBefore(from))
                .map(StrikeEntity::onRecord).toList();
        int read = 0;
        List<AssessmentEntity> remeasured = new ArrayList<>();
        List<FbaDecision> decisions = new ArrayList<>();
        for (AssessmentEntity assessment : assessments.findLatestBySeller(seller)) {
            if (assessment.assessedOn.isBefore(from) || assessment.assessedOn.isAfter(to)) {
                continue;
            }
            read++;
            try {
                decisions.add(fbaOnsite.measure(draft, periods.factsOf(assessment), targets));
                remeasured.add(assessment);
            } catch (BadInputException rejected) {
                // facts the draft would refuse are not re-assessed
            }
        }
        List<Rung> rungs = new ArrayList<>();
        for (int i = 0; i < remeasured.size(); i++) {
            AssessmentEntity assessment = remeasured.get(i);
            FbaDecision decision = decisions.get(i);
            rungs.add(new Rung(assessment.periodStart, assessment.periodEnd, decision.assessedOn(),
                    decision.metrics(), draft));
        }
        List<DecidedStrikes> struck = ladder.climb(rungs, before, dailyChecks.findDeactivatingDays(seller));
        for (int i = 0; i < remeasured.size(); i++) {
            compare(remeasured.get(i), onRecord, decisions.get(i), struck.get(i).strikes(), changed, totals);
        }
        return read;
    }

    private void compare(AssessmentEntity assessment, List<StrikeEntity> onRecord, FbaDecision decision,
                         List<Strike> strikesWithDraftDecided, List<BacktestReport.AssessmentChanges> changed,
                         int[] totals) {
        Map<String, String> now = new LinkedHashMap<>();
        for (MetricResultEntity metric : assessment.metrics) {
            now.put(metric.metric, metric.status.name());
        }
        List<BacktestReport.MetricChange> metricChanges = new ArrayList<>();
        for (MetricResult result : decision.metrics()) {
            String before = now.get(result.getMetric());
            if (!result.getStatus().name().equals(before)) {
                metricChanges.add(new BacktestReport.MetricChange(result.getMetric(), before, result.getStatus().name()));
            }
        }
        List<BacktestReport.StrikeOutcome> strikesNow = onRecord.stream()
                .filter(s -> s.assessmentId.equals(assessment.assessmentId))
                .map(s -> new BacktestReport.StrikeOutcome(s.number, s.metric, s.penalty.name()))
                .toList();
        List<BacktestReport.StrikeOutcome> strikesWithDraft = strikesWithDraftDecided.stream()
                .map(s -> new BacktestReport.StrikeOutcome(s.getNumber(), s.getMetric(), s.getPenalty().name()))
                .toList();
        if (metricChanges.isEmpty() && strikesNow.equals(strikesWithDraft)) {
            return;
        }
        totals[1]++;
        totals[2] += metricChanges.size();
        totals[3] += (int) strikesWithDraft.stream().filter(d -> strikesNow.stream().noneMatch(n -> n.metric().equals(d.metric()))).count();
        totals[4] += (int) strikesNow.stream().filter(n -> strikesWithDraft.stream().noneMatch(d -> d.metric().equals(n.metric()))).count();
        totals[5] += (int) strikesWithDraft.stream().filter(d -> strikesNow.stream()
                .anyMatch(n -> n.metric().equals(d.metric()) && !n.penalty().equals(d.penalty()))).count();
        changed.add(new BacktestReport.AssessmentChanges(assessment.assessmentId, assessment.periodStart,
                assessment.periodEnd, metricChanges, strikesNow, strikesWithDraft));
    }
}
