package com.marketplace.sellerperformance.fbaonsite.announcements;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.events.ChangesWithTime;
import com.marketplace.sellerperformance.events.DecisionEvent;
import com.marketplace.sellerperformance.events.Outbox;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeStatus;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingService;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a seller is told about its FBA Onsite standing, as decision events: each strike issued or
 * revoked, and each change of the Prime badge or of the account status. After every decision the
 * seller's standing is compared with what it was last told; the daily job does the same for the
 * days on which time alone changes it (a strike expiring, a reactivation day).
 */
@ApplicationScoped
public class SellerAnnouncements implements ChangesWithTime {
    private final Outbox outbox;
    private final AnnouncedStandings announced;
    private final StandingService standings;
    private final StrikeRepository strikes;
    private final AssessmentRepository assessments;
    private final SellerRepository sellers;
    private final ActiveRuleSet rules;

    public SellerAnnouncements(Outbox outbox, AnnouncedStandings announced, StandingService standings,
                               StrikeRepository strikes, AssessmentRepository assessments, SellerRepository sellers,
                               ActiveRuleSet rules) {
        this.outbox = outbox;
        this.announced = announced;
        this.standings = standings;
        this.strikes = strikes;
        this.assessments = assessments;
        this.sellers = sellers;
        this.rules = rules;
    }

    /**
     * Announces what a decision about the seller changed; {@code day} is the day the decision takes
     * effect (an assessment's day, a daily check's day, a plan's or an appeal's decision day). Runs in
     * the decision's transaction, under the seller's lock, so the events exist exactly when it does.
     * Answers the standing it compared: the seller's standing on the later of the day and the day it
     * was last told about.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StandingView decided(SellerEntity seller, LocalDate day) {
        announceStrikes(seller, day);
        AnnouncedStandings.Told told = announced.of(seller);
        LocalDate on = told.asOf() != null && told.asOf().isAfter(day) ? told.asOf() : day;
        StandingView standing = standings.standingOn(seller, on);
        announce(seller, told, on, standing);
        return standing;
    }

    /** What a decision announces, and what the seller is then told. */
    public record Ahead(List<Outbox.Change> changes, AnnouncedStandings.Told told, StandingView standing) {
    }

    /**
     * What {@link #decided} records, from the seller's record read ahead, touching no database (a run
     * records these in bulk): its strikes with those just decided, the event ids already recorded,
     * the rule-set version of each assessment, what it was told, and its standing on any day.
     */
    public Ahead ahead(SellerEntity seller, LocalDate day, List<StrikeEntity> allStrikes, Set<UUID> recorded,
                       Function<UUID, String> versionOfAssessment, AnnouncedStandings.Told told,
                       Function<LocalDate, StandingView> standingOn) {
        List<Outbox.Change> changes = new ArrayList<>();
        dueStrikes(allStrikes, day).forEach((eventId, due) -> {
            if (!recorded.contains(eventId)) {
                changes.add(strikeChange(due.key(), due.type(), due.strike(), due.on(),
                        versionOfAssessment.apply(due.strike().assessmentId)));
            }
        });
        LocalDate on = told.asOf() != null && told.asOf().isAfter(day) ? told.asOf() : day;
        StandingView standing = standingOn.apply(on);
        changes.addAll(standingChanges(seller, told, on, standing));
        return new Ahead(changes, told(on, standing), standing);
    }

    /** The event ids of every strike event a decision about these strikes may announce. */
    public static Set<UUID> strikeEventIds(List<StrikeEntity> strikes) {
        Set<UUID> ids = new java.util.HashSet<>();
        strikes.forEach(strike -> {
            ids.add(Outbox.eventId(strikeKey(DecisionEvent.Type.STRIKE_ISSUED, strike)));
            ids.add(Outbox.eventId(strikeKey(DecisionEvent.Type.STRIKE_REVOKED, strike)));
        });
        return ids;
    }

    /** The daily job: every seller whose standing time alone changes on or before the day. */
    @Override
    public int announceUpTo(LocalDate day) {
        int recorded = 0;
        for (Long sellerRef : QuarkusTransaction.requiringNew().call(() -> announced.changingBy(day))) {
            recorded += QuarkusTransaction.requiringNew().call(() -> walk(sellerRef, day));
        }
        return recorded;
    }

    /** Walks the seller from what it was told to the day, through the days on which its standing may change. */
    private int walk(Long sellerRef, LocalDate day) {
        SellerEntity seller = sellers.findById(sellerRef);
        sellers.lockForUpdate(seller.sellerId);
        Function<LocalDate, StandingView> standingOn = standings.standingsOf(seller);
        int recorded = 0;
        AnnouncedStandings.Told told = announced.of(seller);
        while (told.nextChangeOn() != null && !told.nextChangeOn().isAfter(day)) {
            LocalDate on = told.nextChangeOn();
            recorded += announce(seller, told, on, standingOn.apply(on));
            told = announced.of(seller);
        }
        return recorded;
    }

    /** Records each difference between what the seller was told and its standing on the day; moves what it was told. */
    private int announce(SellerEntity seller, AnnouncedStandings.Told told, LocalDate on, StandingView standing) {
        int recorded = 0;
        for (Outbox.Change change : standingChanges(seller, told, on, standing)) {
            recorded += outbox.record(change) ? 1 : 0;
        }
        announced.tell(seller, told(on, standing));
        return recorded;
    }

    private static AnnouncedStandings.Told told(LocalDate on, StandingView standing) {
        return AnnouncedStandings.Told.of(on, standing, nextChangeAfter(on, standing));
    }

    /** Each difference between what the seller was told and its standing on the day. */
    private List<Outbox.Change> standingChanges(SellerEntity seller, AnnouncedStandings.Told told, LocalDate on,
                                                StandingView standing) {
        AnnouncedStandings.Told now = told(on, standing);
        List<Outbox.Change> changes = new ArrayList<>();
        if (now.deactivated() != told.deactivated()) {
            changes.add(standingEvent(seller, told, on, standing,
                    now.deactivated() ? DecisionEvent.Type.DEACTIVATED : DecisionEvent.Type.REACTIVATED));
        }
        if (now.primeBadge() != told.primeBadge()) {
            changes.add(standingEvent(seller, told, on, standing,
                    now.primeBadge() ? DecisionEvent.Type.PRIME_BADGE_RESTORED : DecisionEvent.Type.PRIME_BADGE_REMOVED));
        }
        return changes;
    }

    private Outbox.Change standingEvent(SellerEntity seller, AnnouncedStandings.Told told, LocalDate on,
                                        StandingView standing, DecisionEvent.Type type) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("accountStatus", standing.accountStatus().name());
        details.put("primeBadge", standing.primeBadge());
        details.put("activeStrikes", standing.activeStrikes());
        details.put("penalty", standing.penalty() == null ? null : standing.penalty().name());
        details.put("deactivation", standing.deactivation());
        String key = FbaOnsiteRules.PROGRAM + "|" + seller.sellerId + "|" + type + "|" + on + "|after|" + told.asOf();
        return new Outbox.Change(key, type, FbaOnsiteRules.PROGRAM, seller.sellerId, on, rules.current().version(),
                details);
    }

    /**
     * Each strike issued (dated its issue day) and revoked (dated the decision's day) that was not
     * announced yet: event ids are named after the strike, so a strike is announced once whatever
     * decision touches the seller again.
     */
    private void announceStrikes(SellerEntity seller, LocalDate day) {
        Map<UUID, Due> due = dueStrikes(strikes.findAllOf(seller), day);
        Set<UUID> done = outbox.recorded(due.keySet());
        due.forEach((eventId, change) -> {
            if (!done.contains(eventId)) {
                String version = assessments.findLatest(change.strike().assessmentId).map(a -> a.ruleSetVersion)
                        .orElseGet(() -> rules.current().version());
                outbox.record(strikeChange(change.key(), change.type(), change.strike(), change.on(), version));
            }
        });
    }

    private record Due(String key, DecisionEvent.Type type, StrikeEntity strike, LocalDate on) {
    }

    /** Each strike's issue (dated its issue day) and, for a revoked one, its revocation (dated the decision's day), by event id. */
    private static Map<UUID, Due> dueStrikes(List<StrikeEntity> strikes, LocalDate day) {
        List<StrikeEntity> all = new ArrayList<>(strikes);
        all.sort(Comparator.comparing((StrikeEntity s) -> s.issuedOn).thenComparingInt(s -> s.number));
        Map<UUID, Due> due = new LinkedHashMap<>();
        for (StrikeEntity strike : all) {
            String issued = strikeKey(DecisionEvent.Type.STRIKE_ISSUED, strike);
            due.put(Outbox.eventId(issued), new Due(issued, DecisionEvent.Type.STRIKE_ISSUED, strike, strike.issuedOn));
            if (strike.status == StrikeStatus.REVOKED) {
                String revoked = strikeKey(DecisionEvent.Type.STRIKE_REVOKED, strike);
                due.put(Outbox.eventId(revoked), new Due(revoked, DecisionEvent.Type.STRIKE_REVOKED, strike, day));
            }
        }
        return due;
    }

    private static String strikeKey(DecisionEvent.Type type, StrikeEntity strike) {
        return FbaOnsiteRules.PROGRAM + "|" + type + "|" + strike.strikeId;
    }

    private static Outbox.Change strikeChange(String key, DecisionEvent.Type type, StrikeEntity strike, LocalDate on,
                                              String version) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("strikeId", strike.strikeId);
        details.put("assessmentId", strike.assessmentId);
        details.put("number", strike.number);
        details.put("metric", strike.metric);
        details.put("issuedOn", strike.issuedOn);
        details.put("expiresOn", strike.expiresOn);
        details.put("countsUntil", strike.expiresOn.minusDays(1));
        details.put("penalty", strike.penalty.name());
        if (strike.revokedByRevision != null) {
            details.put("revokedByRevision", strike.revokedByRevision);
        }
        return new Outbox.Change(key, type, FbaOnsiteRules.PROGRAM, strike.seller.sellerId, on, version, details);
    }

    /** The first day after {@code on} on which time alone may change the standing. */
    private static LocalDate nextChangeAfter(LocalDate on, StandingView standing) {
        List<LocalDate> days = new ArrayList<>();
        standing.strikes().forEach(strike -> days.add(strike.expiresOn()));
        if (standing.deactivation() != null) {
            days.add(standing.deactivation().reactivatesOn());
            days.add(standing.deactivation().minimumUntil() == null ? null
                    : standing.deactivation().minimumUntil().plusDays(1));
        }
        return days.stream().filter(d -> d != null && d.isAfter(on)).min(Comparator.naturalOrder()).orElse(null);
    }
}
