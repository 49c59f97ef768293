package com.marketplace.sellerperformance.engine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Holds a program's compiled rule code to what deciding needs (see {@link RuleCodeAllowList}), on
 * the class files the compiler wrote and before any of them is loaded; each forbidden reference is
 * named with the rule, function or declared type it comes from and that one's file and line.
 */
final class RuleCodeCheck {

    private RuleCodeCheck() {
    }

    /**
     * @param classFiles the program's generated class files by path
     * @param moduleDescription the class the builder writes to describe the module (not rule code)
     */
    static List<RuleCodeRefusal> refusals(List<RuleFile> files, Map<String, byte[]> classFiles,
                                          String moduleDescription) {
        Map<String, byte[]> ruleCode = new LinkedHashMap<>(classFiles);
        ruleCode.remove(moduleDescription.replace('.', '/') + ".class");
        CompiledRuleCheck.Layout layout = CompiledRuleCheck.newLayout();
        List<CompiledRuleCheck.Finding> findings = CompiledRuleCheck.forbidden(ruleCode, layout);
        if (findings.isEmpty()) {
            return List.of();
        }
        Map<String, Origin> origins = origins(files);
        Set<RuleCodeRefusal> refusals = new LinkedHashSet<>();
        for (CompiledRuleCheck.Finding finding : findings) {
            String owner = ownerOf(finding, layout, origins.keySet());
            Origin origin = origins.getOrDefault(owner, new Origin("", 0));
            refusals.add(new RuleCodeRefusal(origin.file(), origin.line(), owner, finding.reference()));
        }
        // A class named only as a type is left out where its methods or fields are named as well.
        return refusals.stream()
                .filter(refusal -> refusals.stream().noneMatch(other -> other.rule().equals(refusal.rule())
                        && other.reference().startsWith(refusal.reference() + ".")))
                .toList();
    }

    /** The rule, query, function or declared type whose code the finding is in. */
    private static String ownerOf(CompiledRuleCheck.Finding finding, CompiledRuleCheck.Layout layout,
                                  Set<String> known) {
        String simpleName = finding.className().substring(finding.className().lastIndexOf('/') + 1);
        String type = "declared type " + simpleName.replaceFirst("\\$.*", "");
        if (known.contains(type)) {
            return type;
        }
        String rule = layout.ruleOfMethod().get(finding.className() + "." + finding.method());
        if (rule != null) {
            return ruleNamed(rule, known);
        }
        Optional<String> user = layout.classesUsedByMethod().entrySet().stream()
                .filter(used -> used.getValue().contains(finding.className()))
                .map(used -> layout.ruleOfMethod().get(used.getKey()))
                .filter(name -> name != null)
                .findFirst();
        if (user.isPresent()) {
            return ruleNamed(user.get(), known);
        }
        String function = "function " + finding.method();
        if (known.contains(function)) {
            return function;
        }
        return "generated code " + finding.className().replace('/', '.');
    }

    private static String ruleNamed(String name, Set<String> known) {
        return known.contains("query \"" + name + "\"") ? "query \"" + name + "\"" : "rule \"" + name + "\"";
    }

    private record Origin(String file, int line) {
    }

    /** Every rule, query, function and declared type of the files, with where it is written. */
    private static Map<String, Origin> origins(List<RuleFile> files) {
        Map<String, Origin> origins = new LinkedHashMap<>();
        for (RuleFile file : files) {
            PackageDescr parsed;
            try {
                parsed = new DrlParser().parse(false, file.content());
            } catch (DroolsParserException e) {
                continue; // it compiled, so this does not happen; without origins the refusal still stands
            }
            if (parsed == null) {
                continue;
            }
            parsed.getRules().forEach(rule -> put(origins,
                    (rule.isQuery() ? "query \"" : "rule \"") + rule.getName() + "\"", file, rule));
            parsed.getFunctions().forEach(function -> put(origins, "function " + function.getName(), file, function));
            parsed.getTypeDeclarations().forEach(type -> put(origins, "declared type " + type.getTypeName(), file, type));
            parsed.getEnumDeclarations().forEach(type -> put(origins, "declared type " + type.getTypeName(), file, type));
        }
        return origins;
    }

    private static void put(Map<String, Origin> origins, String name, RuleFile file, BaseDescr descr) {
        origins.putIfAbsent(name, new Origin(file.path(), Math.max(descr.getLine(), 0)));
    }
}
