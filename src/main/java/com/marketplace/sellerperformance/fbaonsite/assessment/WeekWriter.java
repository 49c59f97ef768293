package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.ShadowRuleSet;
import com.marketplace.sellerperformance.events.Outbox;
import com.marketplace.sellerperformance.fbaonsite.announcements.AnnouncedStandings;
import com.marketplace.sellerperformance.fbaonsite.announcements.SellerAnnouncements;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.PlanOfActionOnRecord;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.MetricResultEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingService;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import com.marketplace.sellerperformance.fbaonsite.standing.StrikeView;
import com.marketplace.sellerperformance.records.DatabaseConfig;
import com.marketplace.sellerperformance.records.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * Stores new weeks decided from a record read ahead ({@link RecordReadAhead}) at once: the new sellers,
 * the assessments with their metric results and the strikes (each table one {@code COPY}), then the
 * decision events and what each seller was told. Call in the transaction that holds the sellers' locks.
 */
@ApplicationScoped
public class WeekWriter {
    private final EntityManager entityManager;
    private final SellerAnnouncements announcements;
    private final AnnouncedStandings announced;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final String schema;
    private final StandingService standings;
    private final ActiveRuleSet rules;
    private final ShadowWeeks shadow;
    private final Event<AssessmentsRecorded> recorded;

    public WeekWriter(EntityManager entityManager, SellerAnnouncements announcements, AnnouncedStandings announced,
                    Outbox outbox, StandingService standings, ActiveRuleSet rules, ShadowWeeks shadow, ObjectMapper json,
                    DatabaseConfig database, Event<AssessmentsRecorded> recorded) {
        this.recorded = recorded;
        this.standings = standings;
        this.shadow = shadow;
        this.rules = rules;
        this.entityManager = entityManager;
        this.announcements = announcements;
        this.announced = announced;
        this.outbox = outbox;
        this.json = json;
        this.schema = database.schema();
    }

    /** Stores the weeks; answers each one's standing on its assessment day, in the order given. */
    List<StandingView> store(List<NewWeek> weeks, RecordReadAhead past) {
        if (weeks.isEmpty()) {
            return List.of();
        }
        entityManager.unwrap(Session.class).doWork(connection -> copyRows(connection, weeks));
        List<Outbox.Change> changes = new ArrayList<>();
        Map<SellerEntity, AnnouncedStandings.Told> told = new LinkedHashMap<>();
        List<StandingView> standings = new ArrayList<>();
        List<ShadowRuleSet.Comparison> compared = new ArrayList<>();
        boolean shadowOn = shadow.on();
        List<AssessmentView> stored = new ArrayList<>();
        for (NewWeek week : weeks) {
            Function<LocalDate, StandingView> standingOn = standingsWith(week, past.recordOf(week.seller()));
            SellerAnnouncements.Ahead ahead = announcements.ahead(week.seller(), week.assessment().assessedOn,
                    allStrikes(week, past.recordOf(week.seller())), past.recordedStrikeEvents(),
                    versionOf(week, past.recordOf(week.seller())), toldBefore(past.recordOf(week.seller())), standingOn);
            changes.addAll(ahead.changes());
            told.put(week.seller(), ahead.told());
            StandingView standing = ahead.standing().on().equals(week.assessment().assessedOn) ? ahead.standing()
                    : standingOn.apply(week.assessment().assessedOn);
            standings.add(standing);
            if (shadowOn) {
                shadow.compared(week, past.recordOf(week.seller()), standing).ifPresent(compared::add);
            }
            stored.add(AssessmentView.of(week.assessment(), week.seller().sellerId,
                    week.strikes().stream().map(StrikeView::of).toList(), standing, true));
        }
        recorded.fire(new AssessmentsRecorded(stored));
        outbox.recordAll(changes);
        announced.tellAll(told);
        shadow.record(compared);
        return standings;
    }

    /** The seller's standing on any day: its record as read, with the new week on it. */
    private Function<LocalDate, StandingView> standingsWith(NewWeek week, RecordReadAhead.SellerRecord record) {
        List<StrikeEntity> standing = new ArrayList<>(week.strikes());
        List<AssessmentOnRecord> latest = new ArrayList<>();
        List<DailyCheckOnRecord> checks = List.of();
        List<PlanOfActionOnRecord> plans = List.of();
        if (record != null) {
            standing.addAll(0, record.standing());
            latest.addAll(record.latestOnRecord());
            checks = record.dailyChecks;
            plans = record.plans;
        }
        latest.add(StandingService.onRecord(week.assessment()));
        standing.sort(Comparator.comparing((StrikeEntity s) -> s.issuedOn).thenComparingInt(s -> s.number));
        return standings.standingsOf(week.seller(), standing, latest, checks, plans);
    }

    private static List<StrikeEntity> allStrikes(NewWeek week, RecordReadAhead.SellerRecord record) {
        List<StrikeEntity> all = new ArrayList<>(record == null ? List.of() : record.strikes);
        all.addAll(week.strikes());
        return all;
    }

    private static AnnouncedStandings.Told toldBefore(RecordReadAhead.SellerRecord record) {
        return record == null ? AnnouncedStandings.Told.NOTHING_YET : record.told;
    }

    private Function<UUID, String> versionOf(NewWeek week, RecordReadAhead.SellerRecord record) {
        AssessmentEntity assessment = week.assessment();
        return assessmentId -> assessment.assessmentId.equals(assessmentId) ? assessment.ruleSetVersion
                : Optional.ofNullable(record == null ? null : record.versionOf(assessmentId))
                        .orElseGet(() -> rules.current().version());
    }

    private void copyRows(Connection connection, List<NewWeek> weeks) throws SQLException {
        int metrics = weeks.stream().mapToInt(w -> w.assessment().metrics.size()).sum();
        int strikes = weeks.stream().mapToInt(w -> w.strikes().size()).sum();
        PrimitiveIterator.OfLong sellerIds = ids(connection, "seller_seq",
                (int) weeks.stream().filter(w -> w.seller().id == null).count());
        PrimitiveIterator.OfLong assessmentIds = ids(connection, "assessment_seq", weeks.size());
        PrimitiveIterator.OfLong metricIds = ids(connection, "metric_result_seq", metrics);
        PrimitiveIterator.OfLong strikeIds = ids(connection, "strike_seq", strikes);

        CsvCopy sellerRows = new CsvCopy();
        CsvCopy assessmentRows = new CsvCopy();
        CsvCopy metricRows = new CsvCopy();
        CsvCopy strikeRows = new CsvCopy();
        for (NewWeek week : weeks) {
            if (week.seller().id == null) {
                week.seller().id = sellerIds.nextLong();
                sellerRows.row(week.seller().row());
            }
            AssessmentEntity a = week.assessment();
            a.id = assessmentIds.nextLong();
            assessmentRows.row(a.row(this::write));
            for (MetricResultEntity m : a.metrics) {
                m.id = metricIds.nextLong();
                metricRows.row(m.row());
            }
            for (StrikeEntity s : week.strikes()) {
                s.id = strikeIds.nextLong();
                strikeRows.row(s.row());
            }
        }
        sellerRows.copy(connection, sql(CsvCopy.into("seller", SellerEntity.COLUMNS)));
        assessmentRows.copy(connection, sql(CsvCopy.into("assessment", AssessmentEntity.COLUMNS)));
        metricRows.copy(connection, sql(CsvCopy.into("metric_result", MetricResultEntity.COLUMNS)));
        strikeRows.copy(connection, sql(CsvCopy.into("strike", StrikeEntity.COLUMNS)));
    }

    /**
     * Ids drawn from the sequence Hibernate also draws from, one value per row: Hibernate takes the
     * block of 50 next to each value it draws, so a value drawn here is in no block of its.
     */
    private PrimitiveIterator.OfLong ids(Connection connection, String sequence, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement select = connection.prepareStatement(
                sql("SELECT nextval('{h-schema}" + sequence + "') FROM generate_series(1, ?)"))) {
            select.setInt(1, count);
            try (ResultSet rows = select.executeQuery()) {
                for (int i = 0; rows.next(); i++) {
                    ids[i] = rows.getLong(1);
                }
            }
        }
        return java.util.Arrays.stream(ids).iterator();
    }

    private String sql(String statement) {
        return Schema.qualify(statement, schema);
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A first week cannot be written as JSON", e);
        }
    }
}
