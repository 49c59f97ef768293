package com.marketplace.sellerperformance.bench;

import com.marketplace.sellerperformance.engine.Evaluation;
import com.marketplace.sellerperformance.engine.RuleEvaluator;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetCompiler;
import com.marketplace.sellerperformance.engine.RuleSetLoader;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentDay;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentPeriod;
import com.marketplace.sellerperformance.fbaonsite.facts.FamilyReturns;
import com.marketplace.sellerperformance.fbaonsite.facts.FbaPeriodFacts;
import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.fbaonsite.rules.DecidedStrikes;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderClimb;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderHistory;
import com.marketplace.sellerperformance.fbaonsite.rules.Rung;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One seller's FBA Onsite week decided by the rules of a rules directory: measured, then its ladder
 * step with two strikes on record (a missed metric, so one strike more). Through the service's code
 * (pooled sessions, the fired-rule listener, the facts read back, the decision read from them) and, as
 * the baseline, bare KieSessions of the same rule bases given the same facts (new session, insert,
 * fire, read the facts, dispose). {@code rulesDir} may name a second directory, such as the rules as
 * they were before phases, to measure both in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleEvaluationBenchmark {
    private static final FbaSubmission WEEK = new FbaSubmission("S-BENCH", LocalDate.parse("2026-11-08"),
            LocalDate.parse("2026-11-14"), null, 1000L, 7L, 1L, 0L,
            List.of(new FbaSubmission.FamilyReturnsLine("CE", 600L, 9L),
                    new FbaSubmission.FamilyReturnsLine("OHL", 400L, 5L)));
    private static final LocalDate DAY = WEEK.periodEnd().plusDays(1);
    private static final LadderHistory TWO_STRIKES = new LadderHistory(List.of(
            new StrikeOnRecord("s1", "LATE_HANDOVER_RATE", 1, DAY.minusDays(14), DAY.plusDays(70),
                    Penalty.FORMAL_WARNING, null, false),
            new StrikeOnRecord("s2", "LATE_HANDOVER_RATE", 2, DAY.minusDays(7), DAY.plusDays(77),
                    Penalty.FORMAL_WARNING, null, false)), List.of());

    @Param({"rules"})
    public String rulesDir;

    private RuleSet rules;
    private KieBase measureRules;
    private KieBase ladderRules;
    private RuleEvaluator evaluator;
    private FbaOnsiteRules fbaOnsite;
    private LadderClimb ladder;

    @Setup
    public void compileTheRules() {
        // As the service logs (INFO): Drools reads its trace level once, when its classes load, and
        // unconfigured logging here would have it build a trace record at every node it links.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        rules = new RuleSetLoader(new RuleSetCompiler()).load(Path.of(rulesDir));
        measureRules = rules.phase(FbaOnsiteRules.PROGRAM, "measure");
        ladderRules = rules.phase(FbaOnsiteRules.PROGRAM, "ladder");
        evaluator = new RuleEvaluator();
        fbaOnsite = new FbaOnsiteRules(evaluator);
        ladder = new LadderClimb(evaluator);
    }

    /** The facts FbaOnsiteRules.measure inserts for the week, made anew for each evaluation. */
    private static List<Object> weekFacts() {
        List<Object> facts = new ArrayList<>();
        facts.add(new AssessmentPeriod(WEEK.periodStart(), WEEK.periodEnd()));
        facts.add(new FbaPeriodFacts(WEEK.sellerId(), WEEK.periodStart(), WEEK.periodEnd(), WEEK.assessedOn(),
                WEEK.unitsShipped(), WEEK.unitsLateProcessed(), WEEK.unitsCancelled(), WEEK.unitsLateHandover()));
        for (int i = 0; i < WEEK.returns().size(); i++) {
            FbaSubmission.FamilyReturnsLine line = WEEK.returns().get(i);
            facts.add(new FamilyReturns(i, line.family(), line.shipped(), line.returned()));
        }
        return facts;
    }

    @Benchmark
    public Evaluation serviceEvaluator() {
        return evaluator.evaluate(rules, FbaOnsiteRules.PROGRAM, "measure", weekFacts());
    }

    @Benchmark
    public FbaDecision serviceMeasure() {
        return fbaOnsite.measure(rules, WEEK, List.of());
    }

    /** A seller's week as the service decides it: measured, then its ladder step. */
    @Benchmark
    public DecidedStrikes serviceSellersWeek() {
        FbaDecision measured = fbaOnsite.measure(rules, WEEK, List.of());
        return ladder.step(new Rung(WEEK.periodStart(), WEEK.periodEnd(), measured.assessedOn(), measured.metrics(),
                rules), TWO_STRIKES);
    }

    @Benchmark
    public Collection<?> bareKieSession() {
        return bare(measureRules, "measure", weekFacts());
    }

    /** The same two sessions, bare: the measure session's metric results go into the ladder's. */
    @Benchmark
    public Collection<?> bareSellersWeek() {
        Collection<Object> measured = bare(measureRules, "measure", weekFacts());
        List<Object> step = new ArrayList<>(TWO_STRIKES.earlierStrikes());
        step.add(new AssessmentPeriod(WEEK.periodStart(), WEEK.periodEnd()));
        step.add(new AssessmentDay(DAY));
        measured.stream().filter(MetricResult.class::isInstance).forEach(step::add);
        return bare(ladderRules, "ladder", step);
    }

    private Collection<Object> bare(KieBase base, String phase, List<Object> facts) {
        KieSession session = base.newKieSession();
        try {
            rules.program(FbaOnsiteRules.PROGRAM).factsOf(phase).forEach(session::insert);
            facts.forEach(session::insert);
            session.fireAllRules();
            return new ArrayList<Object>(session.getObjects());
        } finally {
            session.dispose();
        }
    }
}
