package com.marketplace.sellerperformance.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.drools.base.base.ClassObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.core.impl.InternalRuleBase;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * One program's compiled rules. A program is written in phases, one folder each: every phase is a rule
 * base of its own, so a session matches only the rules of the phase it was opened for. Two phases run
 * once, when the set is compiled, never in a session that decides: {@value #TABLES} (rules without
 * conditions that insert the program's goals, allowances, ladder steps and limits) and
 * {@value #CALENDAR} (the holiday calendar). What they make comes with every session of the program as
 * facts, shared read-only, each table fact remembering the rule that wrote it so that a decision using
 * it names that rule among those that decided.
 *
 * <p>A rule set stored before phases existed has its program's files in one folder: one rule base
 * {@value #WHOLE_PROGRAM_NAME} serves every phase, and its tables fire in each session as they did.
 */
public record ProgramRules(Map<String, KieBase> phases, List<Object> facts, Map<Object, String> tableRuleOf,
                           Map<String, List<Object>> factsByPhase) {
    public static final String TABLES = "tables";
    public static final String CALENDAR = "calendar";
    /** The key of the one rule base of a program written before phases. */
    static final String WHOLE_PROGRAM = "";
    private static final String WHOLE_PROGRAM_NAME = "for the whole program";

    public ProgramRules(Map<String, KieBase> phases, List<Object> facts, Map<Object, String> tableRuleOf) {
        this(phases, facts, tableRuleOf, factsMatchedByEachPhase(phases, facts));
    }

    public ProgramRules {
        phases = Map.copyOf(phases);
        facts = List.copyOf(facts);
        factsByPhase = Map.copyOf(factsByPhase);
        IdentityHashMap<Object, String> byIdentity = new IdentityHashMap<>();
        byIdentity.putAll(tableRuleOf);
        tableRuleOf = byIdentity;
    }

    /** The rule base a session of the phase matches. */
    KieBase phase(String program, String phase) {
        KieBase base = phases.get(phase);
        if (base == null) {
            base = phases.get(WHOLE_PROGRAM);
        }
        if (base == null) {
            throw new IllegalStateException("The rules of " + program + " have no phase '" + phase + "' (phases: "
                    + new TreeSet<>(phases.keySet()) + ")");
        }
        return base;
    }

    /** The program's shared facts that a rule of the phase can match: only those go into its sessions. */
    public List<Object> factsOf(String phase) {
        List<Object> matched = factsByPhase.get(phase);
        return matched == null ? facts : matched;
    }

    /**
     * For each phase, the shared facts of a type one of its patterns matches; every fact where the rule
     * base's network cannot be read. A row no rule of the phase can match would only cost its insert.
     */
    private static Map<String, List<Object>> factsMatchedByEachPhase(Map<String, KieBase> phases, List<Object> facts) {
        Map<String, List<Object>> byPhase = new HashMap<>();
        phases.forEach((phase, base) -> {
            if (!(base instanceof InternalRuleBase ruleBase)) {
                return;
            }
            List<ClassObjectType> matched = new ArrayList<>();
            ruleBase.getRete().getObjectTypeNodes(EntryPointId.DEFAULT).keySet().forEach(type -> {
                if (type instanceof ClassObjectType classType && classType.getClassType() != Object.class) {
                    matched.add(classType);
                }
            });
            byPhase.put(phase, facts.stream()
                    .filter(fact -> matched.stream().anyMatch(type -> type.isAssignableFrom(fact.getClass())))
                    .toList());
        });
        return byPhase;
    }

    /** Written in phase folders, rather than as one folder from before phases. */
    public boolean phased() {
        return !phases.containsKey(WHOLE_PROGRAM);
    }

    /** The table rule that wrote the fact, or null when the fact is not one of the program's tables. */
    String tableRuleOf(Object fact) {
        return tableRuleOf.isEmpty() ? null : tableRuleOf.get(fact);
    }

    /** The names of the rules that decide: every rule but the calendar's. */
    Set<String> decidingRuleNames() {
        Set<String> names = new TreeSet<>();
        phases.forEach((phase, base) -> {
            if (!phase.equals(CALENDAR)) {
                names.addAll(ruleNames(base));
            }
        });
        names.removeAll(calendarRuleNames());
        return names;
    }

    /** The rules that make the holiday calendar; they run when the set is compiled, so no scenario fires them. */
    Set<String> calendarRuleNames() {
        if (phased()) {
            return phases.containsKey(CALENDAR) ? ruleNames(phases.get(CALENDAR)) : Set.of();
        }
        return HolidayCalendarRules.names(phases.get(WHOLE_PROGRAM));
    }

    static Set<String> ruleNames(KieBase base) {
        Set<String> names = new TreeSet<>();
        Collection<KiePackage> packages = base.getKiePackages();
        for (KiePackage kiePackage : packages) {
            for (Rule rule : kiePackage.getRules()) {
                names.add(rule.getName());
            }
        }
        return names;
    }
}
