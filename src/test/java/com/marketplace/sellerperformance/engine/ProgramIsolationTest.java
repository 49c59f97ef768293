package com.marketplace.sellerperformance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceProviderRules;
import com.marketplace.sellerperformance.serviceproviders.rules.ServiceSubmission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The programs share the engine, not their rules: an edit to one program's DRL leaves the other's results alone. */
class ProgramIsolationTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final RuleEvaluator evaluator = new RuleEvaluator();
    private final List<RuleFile> fixed = RuleSetLoader.readFiles(FixedRules.DIR);

    private static final FbaSubmission FBA_WEEK = new FbaSubmission("S-1", LocalDate.parse("2026-11-08"),
            LocalDate.parse("2026-11-14"), null, 1000L, 6L, 4L, 7L,
            List.of(new FbaSubmission.FamilyReturnsLine("CE", 1000L, 18L)));
    private static final ServiceSubmission SERVICES_MONTH = new ServiceSubmission("P-1", LocalDate.parse("2026-10-01"),
            LocalDate.parse("2026-10-31"), Map.of("5", 99L, "1", 1L), 100L, 0L, 1L, 1L, 1L, 10L, 1L);

    @Test
    void changingAServicesTargetLeavesFbaOnsiteResultsAlone() {
        RuleSet edited = compiler.compile("edited", replace("services/tables/goals.drl", "new BigDecimal(\"0.01\"),   Comparison.AT_MOST,  null));\n    insert(new MetricGoal(\"NEGATIVE",
                "new BigDecimal(\"0.0\"),    Comparison.AT_MOST,  null));\n    insert(new MetricGoal(\"NEGATIVE"));
        RuleSet original = compiler.compile("fixed", fixed);
        assertNotEquals(services(original), services(edited), "the edit must change the Services results");
        assertEquals(fba(original), fba(edited));
    }

    @Test
    void changingAnFbaOnsiteGoalLeavesServicesResultsAlone() {
        RuleSet edited = compiler.compile("edited", replace("fba-onsite/tables/goals.drl", "\"0.006\"),    Comparison.AT_MOST, 2));\n    insert(new MetricGoal(\"SHIPMENT",
                "\"0.005\"),    Comparison.AT_MOST, 2));\n    insert(new MetricGoal(\"SHIPMENT"));
        RuleSet original = compiler.compile("fixed", fixed);
        assertNotEquals(fba(original), fba(edited), "the edit must change the FBA Onsite results");
        assertEquals(services(original), services(edited));
    }

    private List<String> fba(RuleSet ruleSet) {
        return new FbaOnsiteRules(evaluator).measure(ruleSet, FBA_WEEK, List.of()).metrics()
                .stream().map(ProgramIsolationTest::describe).toList();
    }

    private List<String> services(RuleSet ruleSet) {
        return new ServiceProviderRules(evaluator).evaluate(ruleSet, SERVICES_MONTH).metrics()
                .stream().map(ProgramIsolationTest::describe).toList();
    }

    private static String describe(MetricResult result) {
        return result.getMetric() + "=" + result.getStatus() + "@" + result.getMeasurement().getGoal();
    }

    private List<RuleFile> replace(String path, String from, String to) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile file : fixed) {
            if (file.path().equals(path)) {
                if (!file.content().contains(from)) {
                    throw new AssertionError("the test's anchor is missing from " + path);
                }
                files.add(new RuleFile(path, file.content().replace(from, to)));
            } else {
                files.add(file);
            }
        }
        return files;
    }
}
