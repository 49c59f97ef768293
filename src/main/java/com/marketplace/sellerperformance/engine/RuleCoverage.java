package com.marketplace.sellerperformance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How much of a rule set its scenarios show: per program, the rules that decide, how many of them at
 * least one scenario fires, the percentage and the rules none fires; per rule, how many scenarios fire
 * it (each scenario counts once however often it fires the rule). A program's calendar rules are listed
 * apart and not counted: they run once when the set is compiled, never in a session that decides, so
 * no scenario can fire them. Each program must reach the minimum on its own.
 */
public record RuleCoverage(Map<String, Program> programs, List<RuleScenarios> byRule, int scenarios,
                           double minimum, boolean meetsMinimum) {

    /** One program: its deciding rules, those fired by a scenario, the percentage (rounded down), the rest by name. */
    public record Program(int rules, int fired, BigDecimal percent, List<String> uncovered,
                          List<String> calendarRules) {

        boolean meets(double minimum) {
            return BigDecimal.valueOf(fired).multiply(BigDecimal.valueOf(100))
                    .compareTo(BigDecimal.valueOf(minimum).multiply(BigDecimal.valueOf(rules))) >= 0;
        }
    }

    /** How many scenarios fire one rule. */
    public record RuleScenarios(String program, String rule, int scenarios) {
    }

    /**
     * The coverage of the rule set by scenarios that fired the given rules (one entry per scenario:
     * program → names of the rules it fired), held against a minimum percentage.
     */
    public static RuleCoverage of(RuleSet ruleSet, Collection<Map<String, Set<String>>> firedByScenario,
                                  double minimum) {
        Map<String, Program> programs = new TreeMap<>();
        List<RuleScenarios> byRule = new ArrayList<>();
        boolean meets = true;
        for (Map.Entry<String, ProgramRules> entry : new TreeMap<>(ruleSet.programs()).entrySet()) {
            String program = entry.getKey();
            Set<String> calendar = entry.getValue().calendarRuleNames();
            List<String> uncovered = new ArrayList<>();
            int rules = 0;
            for (String rule : entry.getValue().decidingRuleNames()) {
                int scenarios = (int) firedByScenario.stream()
                        .filter(fired -> fired.getOrDefault(program, Set.of()).contains(rule)).count();
                byRule.add(new RuleScenarios(program, rule, scenarios));
                rules++;
                if (scenarios == 0) {
                    uncovered.add(rule);
                }
            }
            int fired = rules - uncovered.size();
            BigDecimal percent = rules == 0 ? BigDecimal.valueOf(100).setScale(1)
                    : BigDecimal.valueOf(fired * 100L).divide(BigDecimal.valueOf(rules), 1, RoundingMode.FLOOR);
            Program coverage = new Program(rules, fired, percent, List.copyOf(uncovered), List.copyOf(calendar));
            programs.put(program, coverage);
            meets &= coverage.meets(minimum);
        }
        return new RuleCoverage(programs, List.copyOf(byRule), firedByScenario.size(), minimum, meets);
    }

    /** One line for each program below the minimum, naming the rules no scenario fires; empty when all meet it. */
    public List<String> shortfalls() {
        List<String> lines = new ArrayList<>();
        programs.forEach((program, coverage) -> {
            if (!coverage.meets(minimum)) {
                lines.add("rule coverage of " + program + " is " + coverage.percent() + " % (" + coverage.fired()
                        + " of " + coverage.rules() + " rules fired by a scenario), below the minimum of "
                        + number(minimum) + " %; no scenario fires: " + String.join(", ", coverage.uncovered()));
            }
        });
        return lines;
    }

    /** The coverage as a table for a terminal: per program rules, fired and percent, then the rules none fires. */
    public String table() {
        StringBuilder table = new StringBuilder();
        table.append("Rule coverage by ").append(scenarios).append(" scenario(s), minimum ").append(number(minimum))
                .append(" % per program\n");
        table.append(String.format("  %-14s %6s %6s %8s%n", "program", "rules", "fired", "percent"));
        programs.forEach((program, coverage) -> table.append(String.format("  %-14s %6d %6d %7s%%%n", program,
                coverage.rules(), coverage.fired(), coverage.percent())));
        programs.forEach((program, coverage) -> {
            if (!coverage.uncovered().isEmpty()) {
                table.append("  ").append(program).append(": no scenario fires ").append(coverage.uncovered().size())
                        .append(" rule(s):\n");
                coverage.uncovered().forEach(rule -> table.append("    - ").append(rule).append('\n'));
            }
            if (!coverage.calendarRules().isEmpty()) {
                table.append("  ").append(program).append(": ").append(coverage.calendarRules().size())
                        .append(" calendar rule(s) not counted (they run when the rules are compiled)\n");
            }
        });
        table.append(meetsMinimum ? "  every program meets the minimum of " + number(minimum) + " %\n"
                : "  BELOW THE MINIMUM of " + number(minimum) + " %: " + String.join(", ", programs.entrySet().stream()
                        .filter(entry -> !entry.getValue().meets(minimum)).map(Map.Entry::getKey).toList()) + "\n");
        return table.toString();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
