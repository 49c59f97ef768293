package com.marketplace.sellerperformance.bench;

import com.marketplace.sellerperformance.engine.Evaluation;
import com.marketplace.sellerperformance.engine.RuleEvaluator;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetCompiler;
import com.marketplace.sellerperformance.engine.RuleSetLoader;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentPeriod;
import com.marketplace.sellerperformance.fbaonsite.facts.FamilyReturns;
import com.marketplace.sellerperformance.fbaonsite.facts.FbaPeriodFacts;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One FBA Onsite week measured by the rules of rules/: through the service's evaluator (pooled
 * session, fired-rule listener, the facts read back), through FbaOnsiteRules.measure (the same plus
 * the decision read from the facts), and, as the baseline, a bare KieSession of the same rule base
 * given the same facts (new session, insert, fire, read the facts, dispose).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleEvaluationBenchmark {
    private static final FbaSubmission WEEK = new FbaSubmission("S-BENCH", LocalDate.parse("2026-11-08"),
            LocalDate.parse("2026-11-14"), null, 1000L, 3L, 1L, 0L,
            List.of(new FbaSubmission.FamilyReturnsLine("CE", 600L, 9L),
                    new FbaSubmission.FamilyReturnsLine("OHL", 400L, 5L)));

    private RuleSet rules;
    private KieBase fbaOnsite;
    private RuleEvaluator evaluator;
    private FbaOnsiteRules measure;

    @Setup
    public void compileTheRules() {
        rules = new RuleSetLoader(new RuleSetCompiler()).load(Path.of(System.getProperty("rules.dir", "rules")));
        fbaOnsite = rules.program(FbaOnsiteRules.PROGRAM);
        evaluator = new RuleEvaluator();
        measure = new FbaOnsiteRules(evaluator);
    }

    /** The facts FbaOnsiteRules.measure inserts for the week, made anew for each evaluation. */
    private static List<Object> facts() {
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
        return evaluator.evaluate(rules, FbaOnsiteRules.PROGRAM, "measure", facts());
    }

    @Benchmark
    public FbaDecision serviceMeasure() {
        return measure.measure(rules, WEEK, List.of());
    }

    @Benchmark
    public Collection<?> bareKieSession() {
        KieSession session = fbaOnsite.newKieSession();
        try {
            rules.factsOf(FbaOnsiteRules.PROGRAM).forEach(session::insert);
            facts().forEach(session::insert);
            session.fireAllRules();
            return new ArrayList<Object>(session.getObjects());
        } finally {
            session.dispose();
        }
    }
}
