package com.marketplace.sellerperformance.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Which rules a draft adds, removes or edits, rule by rule (program and rule name), as Drools' own DRL
 * parser reads the files: a rule is edited when its text differs other than in white space; a rule moved
 * to another file of its program is not a change. Only parsed, never compiled: it answers at once.
 */
public final class RuleChanges {

    public enum Change { ADDED, REMOVED, EDITED }

    public record RuleChange(String program, String rule, Change change) {
    }

    private RuleChanges() {
    }

    /** The changes from the active files to the draft's, by program then rule name; a draft that does not parse is thrown. */
    public static List<RuleChange> between(List<RuleFile> active, List<RuleFile> draft) {
        Map<String, String> before = rules(active, new ArrayList<>());
        List<RuleError> errors = new ArrayList<>();
        Map<String, String> after = rules(draft, errors);
        if (!errors.isEmpty()) {
            throw new RuleSetCompilationException("The draft does not parse", errors);
        }
        List<RuleChange> changes = new ArrayList<>();
        for (String key : new TreeSet<>(union(before, after))) {
            String program = key.substring(0, key.indexOf('\n'));
            String rule = key.substring(key.indexOf('\n') + 1);
            if (!before.containsKey(key)) {
                changes.add(new RuleChange(program, rule, Change.ADDED));
            } else if (!after.containsKey(key)) {
                changes.add(new RuleChange(program, rule, Change.REMOVED));
            } else if (!Objects.equals(before.get(key), after.get(key))) {
                changes.add(new RuleChange(program, rule, Change.EDITED));
            }
        }
        return changes;
    }

    private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    /** "program\nrule name" → the rule's text with white space collapsed. */
    private static Map<String, String> rules(List<RuleFile> files, List<RuleError> errors) {
        Map<String, String> rules = new TreeMap<>();
        for (RuleFile file : files) {
            if (!file.isDrl()) {
                continue;
            }
            DrlParser parser = new DrlParser();
            try {
                var parsed = parser.parse(false, file.content());
                if (parser.hasErrors() || parsed == null) {
                    parser.getErrors().forEach(e -> errors.add(new RuleError(file.path(),
                            e.getLines() == null || e.getLines().length == 0 ? 0 : e.getLines()[0], e.getMessage())));
                    if (parsed == null) {
                        continue;
                    }
                }
                for (RuleDescr rule : parsed.getRules()) {
                    if (!rule.isQuery()) {
                        rules.put(file.program() + "\n" + rule.getName(), textOf(file.content(), rule));
                    }
                }
            } catch (DroolsParserException e) {
                errors.add(new RuleError(file.path(), 0, e.getMessage()));
            }
        }
        return rules;
    }

    private static String textOf(String content, RuleDescr rule) {
        int start = Math.max(rule.getStartCharacter(), 0);
        int end = rule.getEndCharacter() < start ? content.length() : Math.min(rule.getEndCharacter() + 1, content.length());
        return content.substring(start, end).replaceAll("\\s+", " ").trim();
    }
}
