package com.marketplace.sellerperformance.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A challenger deciding beside the active rule set: every decision is decided again by it in the same
 * request, in memory, and what it decided differently is handed to {@link ShadowRecord}. It never
 * decides what is stored or announced. With none installed a decision pays one read of a reference.
 */
@ApplicationScoped
public class ShadowRuleSet {
    private static final Logger LOG = Logger.getLogger(ShadowRuleSet.class);

    private final AtomicReference<Installed> installed = new AtomicReference<>();
    private final ShadowRecord record;

    public ShadowRuleSet(ShadowRecord record) {
        this.record = record;
    }

    /** The shadow and since when it decides beside the active set; {@code since} names this installation. */
    public record Installed(RuleSet ruleSet, Instant since, String by) {
    }

    public Optional<Installed> installed() {
        return Optional.ofNullable(installed.get());
    }

    public boolean on() {
        return installed.get() != null;
    }

    public void install(Installed shadow) {
        installed.set(shadow);
    }

    public void remove() {
        installed.set(null);
    }

    /**
     * One decision held against the shadow's: each side as flat "path → value" pairs, the shadow's made by
     * deciding the same facts with its rule set. Empty when no shadow is installed (nothing is built then).
     * A shadow that fails to decide is a difference, never a failed request.
     */
    public Optional<Comparison> compared(String kind, String decisionId, String subjectId,
                                         Supplier<Map<String, String>> active,
                                         Function<RuleSet, Map<String, String>> shadowDecides) {
        Installed shadow = installed.get();
        if (shadow == null) {
            return Optional.empty();
        }
        Map<String, String> shadowSide;
        try {
            shadowSide = shadowDecides.apply(shadow.ruleSet());
        } catch (RuntimeException e) {
            LOG.warnf("The shadow rule set %s failed to decide %s %s: %s", shadow.ruleSet().version(), kind,
                    decisionId, e.getMessage());
            shadowSide = Map.of("decision", "failed: " + e.getMessage());
        }
        return Optional.of(new Comparison(shadow.since(), shadow.ruleSet().version(), kind, decisionId, subjectId,
                differences(active.get(), shadowSide)));
    }

    /** The same, recorded at once; for a flow that decides one subject per request. */
    public void compare(String kind, String decisionId, String subjectId, Supplier<Map<String, String>> active,
                        Function<RuleSet, Map<String, String>> shadowDecides) {
        compared(kind, decisionId, subjectId, active, shadowDecides).ifPresent(c -> record(List.of(c)));
    }

    /** Keeps comparisons, in the caller's transaction: a decision rolled back takes its comparison with it. */
    public void record(List<Comparison> comparisons) {
        if (!comparisons.isEmpty()) {
            record.recordAll(comparisons);
        }
    }

    static List<Difference> differences(Map<String, String> active, Map<String, String> shadow) {
        List<Difference> differences = new ArrayList<>();
        for (String path : new TreeSet<>(union(active, shadow).keySet())) {
            String a = active.get(path);
            String s = shadow.get(path);
            if (!Objects.equals(a, s)) {
                differences.add(new Difference(path, a, s));
            }
        }
        return differences;
    }

    private static Map<String, String> union(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new TreeMap<>(a);
        b.forEach(all::putIfAbsent);
        return all;
    }

    /** What the shadow decided differently on one decision: a path (e.g. metrics.LATE_SHIPMENT) and both values. */
    public record Difference(String path, String active, String shadow) {
    }

    /** One decision compared: empty differences when the shadow agreed. */
    public record Comparison(Instant since, String shadowVersion, String kind, String decisionId, String subjectId,
                             List<Difference> differences) {
    }
}
