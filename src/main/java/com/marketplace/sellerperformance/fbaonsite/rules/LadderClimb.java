package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The one walk up the strike ladder: measured assessments in period order, each deciding its
 * strikes with the rules given for it, seeing the strikes on record before the first and those
 * decided for every assessment before it. New assessments, appeals, late daily checks, back-tests
 * and the analysts' scenarios all walk it; only what they do with the result differs.
 */
@ApplicationScoped
public class LadderClimb {
    private final FbaOnsiteRules rules;

    public LadderClimb(FbaOnsiteRules rules) {
        this.rules = rules;
    }

    /** One measured assessment and the rule set that decides its strikes. */
    public record Rung(LocalDate periodStart, LocalDate periodEnd, LocalDate assessedOn, List<MetricResult> metrics,
                       RuleSet ruleSet) {
    }

    /** The strikes decided for each rung, in the order given. */
    public List<FbaOnsiteRules.DecidedStrikes> climb(List<Rung> rungs, List<StrikeOnRecord> before,
                                             List<LocalDate> immediateDeactivationDays) {
        List<StrikeOnRecord> history = new ArrayList<>(before);
        List<FbaOnsiteRules.DecidedStrikes> decided = new ArrayList<>();
        for (Rung rung : rungs) {
            List<LocalDate> inPeriod = immediateDeactivationDays.stream()
                    .filter(day -> !day.isBefore(rung.periodStart()) && !day.isAfter(rung.periodEnd()))
                    .toList();
            FbaOnsiteRules.DecidedStrikes struck = rules.strike(rung.ruleSet(), rung.periodStart(), rung.periodEnd(),
                    rung.assessedOn(), rung.metrics(), new LadderHistory(List.copyOf(history), inPeriod));
            // Only the strikes' dates, numbers and penalties count for the rungs above; ids are the caller's.
            struck.strikes().forEach(strike -> history.add(new StrikeOnRecord(UUID.randomUUID().toString(),
                    strike.getMetric(), strike.getNumber(), strike.getIssuedOn(), strike.getExpiresOn(),
                    strike.getPenalty(), strike.getMinimumDeactivationDays(), strike.isPlanOfActionRequired())));
            decided.add(struck);
        }
        return decided;
    }
}
