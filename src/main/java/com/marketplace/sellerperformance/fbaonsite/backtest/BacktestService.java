package com.marketplace.sellerperformance.fbaonsite.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import com.marketplace.sellerperformance.fbaonsite.assessment.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.assessment.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.assessment.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.ladder.LadderHistory;
import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.RuleFile;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetCompiler;
import com.marketplace.sellerperformance.web.BadInputException;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.DailyCheckRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.MetricResultEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.ReturnTargetRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeRepository;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.facts.QuarterlyReturnTarget;
import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;

/**
 * Re-assesses the FBA Onsite facts on record in a date range under a draft rule set and reports
 * what would change, writing nothing. Each seller's assessments in the range are replayed in
 * period order under the draft, starting from the strikes on record before the range.
 */
@ApplicationScoped
public class BacktestService {
    private final RuleSetCompiler compiler;
    private final ActiveRuleSet active;
    private final FbaOnsiteRules policy;
    private final AssessmentRepository assessments;
    private final StrikeRepository strikes;
    private final DailyCheckRepository dailyChecks;
    private final ReturnTargetRepository returnTargets;
    private final ObjectMapper json;

    public BacktestService(RuleSetCompiler compiler, ActiveRuleSet active, FbaOnsiteRules policy,
                           AssessmentRepository assessments, StrikeRepository strikes, DailyCheckRepository dailyChecks,
                           ReturnTargetRepository returnTargets, ObjectMapper json) {
        this.compiler = compiler;
        this.active = active;
        this.policy = policy;
        this.assessments = assessments;
        this.strikes = strikes;
        this.dailyChecks = dailyChecks;
        this.returnTargets = returnTargets;
        this.json = json;
    }

    /** Throws RuleSetCompilationException for a draft that does not compile. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BacktestReport backtest(Map<String, String> draftFiles, LocalDate from, LocalDate to, int page, int size) {
        if (to.isBefore(from)) {
            throw new BadInputException("to", "must not be before from");
        }
        List<RuleFile> files = new ArrayList<>();
        draftFiles.forEach((path, content) -> files.add(new RuleFile(path, content == null ? "" : content)));
        RuleSet draft = compiler.compile("draft", files);

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

    /** Replays one seller's assessments in the range under the draft; returns how many it read. */
    private int replay(RuleSet draft, SellerEntity seller, LocalDate from, LocalDate to,
                       List<BacktestReport.AssessmentChanges> changed, int[] totals) {
        List<AssessmentEntity> all = assessments.findLatestBySeller(seller, FbaOnsiteRules.PROGRAM);
        List<StrikeEntity> onRecord = strikes.findStanding(seller);
        List<QuarterlyReturnTarget> targets = returnTargets.findBySeller(seller).stream()
                .map(t -> new QuarterlyReturnTarget(t.quarter, t.target)).toList();
        List<StrikeOnRecord> history = new ArrayList<>();
        for (StrikeEntity strike : onRecord) {
            if (strike.issuedOn.isBefore(from)) {
                history.add(new StrikeOnRecord(strike.strikeId.toString(), strike.metric, strike.number,
                        strike.issuedOn, strike.expiresOn, strike.penalty, strike.minimumDeactivationDays,
                        strike.planOfActionRequired));
            }
        }
        int read = 0;
        for (AssessmentEntity assessment : all) {
            if (assessment.assessedOn.isBefore(from) || assessment.assessedOn.isAfter(to)) {
                continue;
            }
            read++;
            List<LocalDate> immediateDays = dailyChecks
                    .findDeactivatingBetween(seller, assessment.periodStart, assessment.periodEnd).stream()
                    .map(check -> check.day).toList();
            FbaDecision decision;
            try {
                decision = policy.decide(draft, facts(assessment), targets, new LadderHistory(List.copyOf(history),
                        immediateDays));
            } catch (BadInputException rejected) {
                continue; // facts the draft would refuse are not re-assessed
            }
            for (Strike strike : decision.strikes()) {
                history.add(new StrikeOnRecord(UUID.randomUUID().toString(), strike.getMetric(), strike.getNumber(),
                        strike.getIssuedOn(), strike.getExpiresOn(), strike.getPenalty(),
                        strike.getMinimumDeactivationDays(), strike.isPlanOfActionRequired()));
            }
            compare(assessment, onRecord, decision, changed, totals);
        }
        return read;
    }

    private void compare(AssessmentEntity assessment, List<StrikeEntity> onRecord, FbaDecision decision,
                         List<BacktestReport.AssessmentChanges> changed, int[] totals) {
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
        List<BacktestReport.StrikeOutcome> strikesWithDraft = decision.strikes().stream()
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

    private FbaSubmission facts(AssessmentEntity assessment) {
        try {
            return json.treeToValue(assessment.inputFacts, FbaSubmission.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored facts of assessment " + assessment.assessmentId
                    + " cannot be read back", e);
        }
    }
}
