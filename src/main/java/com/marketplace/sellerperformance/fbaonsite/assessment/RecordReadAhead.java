package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.fbaonsite.announcements.AnnouncedStandings;
import com.marketplace.sellerperformance.fbaonsite.announcements.SellerAnnouncements;
import com.marketplace.sellerperformance.fbaonsite.assessment.SellerPast;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;
import com.marketplace.sellerperformance.fbaonsite.facts.PlanOfActionOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeStatus;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import com.marketplace.sellerperformance.records.ReviewStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The FBA Onsite record of a chunk's sellers, read with one query per table while the chunk holds
 * their locks: everything deciding and announcing their new weeks reads, so that no seller costs a
 * round trip of its own.
 */
final class RecordReadAhead {
    /** One seller's record. */
    static final class SellerRecord implements SellerPast {
        private final SellerEntity seller;
        private final LocalDate lineStart;
        private final List<AssessmentEntity> originals = new ArrayList<>();
        private final List<LocalDate[]> periods = new ArrayList<>(); // {periodEnd, assessedOn} of every revision
        private final Map<UUID, Integer> latestRevision = new HashMap<>();
        private final Map<UUID, String> versionOfLatest = new HashMap<>();
        private final Map<UUID, AssessmentOnRecord> latest = new LinkedHashMap<>();
        private final Map<String, BigDecimal> returnTargets = new TreeMap<>();
        final List<StrikeEntity> strikes = new ArrayList<>();
        final List<DailyCheckOnRecord> dailyChecks = new ArrayList<>();
        final List<PlanOfActionOnRecord> plans = new ArrayList<>();
        AnnouncedStandings.Told told = AnnouncedStandings.Told.NOTHING_YET;

        SellerRecord(SellerEntity seller, LocalDate lineStart) {
            this.seller = seller;
            this.lineStart = lineStart;
        }

        @Override
        public SellerEntity seller() {
            return seller;
        }

        @Override
        public List<AssessmentEntity> originalsOverlappingOrAfter(LocalDate periodStart) {
            if (lineStart == null || periodStart.isBefore(lineStart)) {
                throw new IllegalStateException("Read ahead for the period starting " + lineStart + ", asked for " + periodStart);
            }
            return originals.stream().filter(a -> !a.periodEnd.isBefore(periodStart)).toList();
        }

        @Override
        public Optional<LocalDate> latestDayBefore(LocalDate periodStart) {
            return periods.stream().filter(p -> p[0].isBefore(periodStart)).map(p -> p[1])
                    .max(Comparator.naturalOrder());
        }

        @Override
        public Map<String, BigDecimal> returnTargets() {
            return returnTargets;
        }

        @Override
        public List<StrikeOnRecord> standingStrikes() {
            return standing().stream().map(StrikeEntity::onRecord).toList();
        }

        /** The standing strikes as the strike table orders them for the seller: by issue day, then number. */
        List<StrikeEntity> standing() {
            return strikes.stream().filter(s -> s.status == StrikeStatus.ACTIVE)
                    .sorted(Comparator.comparing((StrikeEntity s) -> s.issuedOn).thenComparingInt(s -> s.number))
                    .toList();
        }

        @Override
        public List<LocalDate> deactivatingDays(LocalDate from, LocalDate to) {
            return dailyChecks.stream().filter(DailyCheckOnRecord::isDeactivated).map(DailyCheckOnRecord::getDay)
                    .filter(day -> !day.isBefore(from) && !day.isAfter(to)).toList();
        }

        /** The latest revision of each assessment as the standing rules see it, in period order. */
        List<AssessmentOnRecord> latestOnRecord() {
            return List.copyOf(latest.values());
        }

        String versionOf(UUID assessmentId) {
            return versionOfLatest.get(assessmentId);
        }
    }

    /** The record of no seller at all. */
    static final RecordReadAhead NOTHING = new RecordReadAhead(Map.of(), Set.of());

    private final Map<String, SellerRecord> bySellerId;
    private final Set<UUID> recordedStrikeEvents;

    private RecordReadAhead(Map<String, SellerRecord> bySellerId, Set<UUID> recordedStrikeEvents) {
        this.bySellerId = bySellerId;
        this.recordedStrikeEvents = recordedStrikeEvents;
    }

    /** The seller's record; {@link SellerPast#NONE} for one never seen (or no seller id). */
    SellerPast of(String sellerId) {
        SellerRecord past = sellerId == null ? null : bySellerId.get(sellerId);
        return past == null ? SellerPast.NONE : past;
    }

    SellerRecord recordOf(SellerEntity seller) {
        return bySellerId.get(seller.sellerId);
    }

    Set<UUID> recordedStrikeEvents() {
        return recordedStrikeEvents;
    }

    /** Reads the record of the sellers, each with the start of the period its line is about (null: none). */
    static RecordReadAhead read(Connection connection, String schema, ObjectMapper json, Map<String, LocalDate> lineStarts)
            throws SQLException {
        String s = "\"" + schema + "\".";
        Map<String, SellerRecord> bySellerId = new HashMap<>();
        Map<Long, SellerRecord> byRef = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, seller_id, first_seen_at FROM " + s + "seller WHERE seller_id = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("text", lineStarts.keySet().toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    SellerEntity seller = new SellerEntity();
                    seller.id = rows.getLong(1);
                    seller.sellerId = rows.getString(2);
                    seller.firstSeenAt = rows.getTimestamp(3).toInstant();
                    SellerRecord past = new SellerRecord(seller, lineStarts.get(seller.sellerId));
                    bySellerId.put(seller.sellerId, past);
                    byRef.put(seller.id, past);
                }
            }
        }
        if (byRef.isEmpty()) {
            return new RecordReadAhead(bySellerId, Set.of());
        }
        Object[] refs = byRef.keySet().toArray();
        readAssessments(connection, s, json, refs, byRef);
        rows(connection, "SELECT seller_ref, quarter, target FROM " + s + "return_target WHERE seller_ref = ANY(?)"
                + " ORDER BY quarter", refs, row -> byRef.get(row.getLong(1)).returnTargets.put(row.getString(2),
                row.getBigDecimal(3)));
        rows(connection, "SELECT seller_ref, id, strike_id, assessment_id, metric, position, number, issued_on,"
                + " expires_on, penalty, minimum_deactivation_days, plan_of_action_required, status, revoked_by_revision,"
                + " created_at FROM " + s + "strike WHERE seller_ref = ANY(?) ORDER BY id", refs, row -> {
                    SellerRecord past = byRef.get(row.getLong(1));
                    StrikeEntity strike = new StrikeEntity();
                    strike.seller = past.seller;
                    strike.id = row.getLong(2);
                    strike.strikeId = row.getObject(3, UUID.class);
                    strike.assessmentId = row.getObject(4, UUID.class);
                    strike.metric = row.getString(5);
                    strike.position = row.getInt(6);
                    strike.number = row.getInt(7);
                    strike.issuedOn = day(row.getDate(8));
                    strike.expiresOn = day(row.getDate(9));
                    strike.penalty = Penalty.valueOf(row.getString(10));
                    strike.minimumDeactivationDays = (Integer) row.getObject(11);
                    strike.planOfActionRequired = row.getBoolean(12);
                    strike.status = StrikeStatus.valueOf(row.getString(13));
                    strike.revokedByRevision = (Integer) row.getObject(14);
                    strike.createdAt = row.getTimestamp(15).toInstant();
                    past.strikes.add(strike);
                });
        rows(connection, "SELECT seller_ref, day, deactivated FROM " + s + "daily_check WHERE seller_ref = ANY(?)"
                + " ORDER BY day", refs, row -> byRef.get(row.getLong(1)).dailyChecks
                .add(new DailyCheckOnRecord(day(row.getDate(2)), row.getBoolean(3))));
        rows(connection, "SELECT seller_ref, plan_id, id, submitted_on, decided_on, status FROM " + s + "plan_of_action"
                + " WHERE seller_ref = ANY(?) ORDER BY id", refs, row -> byRef.get(row.getLong(1)).plans
                .add(new PlanOfActionOnRecord(row.getString(2), row.getLong(3), day(row.getDate(4)), day(row.getDate(5)),
                        ReviewStatus.APPROVED.name().equals(row.getString(6)))));
        rows(connection, "SELECT seller_ref, as_of, account_status, prime_badge, next_change_on FROM " + s
                + "announced_standing WHERE seller_ref = ANY(?)", refs, row -> byRef.get(row.getLong(1)).told =
                new AnnouncedStandings.Told(day(row.getDate(2)),
                        StandingView.AccountStatus.DEACTIVATED.name().equals(row.getString(3)), row.getBoolean(4),
                        day(row.getDate(5))));
        List<StrikeEntity> strikes = byRef.values().stream().flatMap(past -> past.strikes.stream()).toList();
        Set<UUID> recorded = new HashSet<>();
        if (!strikes.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT event_id FROM " + s + "decision_event WHERE event_id = ANY(?)")) {
                select.setArray(1, connection.createArrayOf("uuid", SellerAnnouncements.strikeEventIds(strikes).toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        recorded.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        }
        return new RecordReadAhead(bySellerId, recorded);
    }

    private static void readAssessments(Connection connection, String s, ObjectMapper json, Object[] refs,
                                        Map<Long, SellerRecord> byRef) throws SQLException {
        // The facts of an original only where the line may repeat it: periods ending on or after the line's start.
        Object[] starts = java.util.Arrays.stream(refs).map(ref -> byRef.get((Long) ref).lineStart)
                .map(start -> start == null ? null : Date.valueOf(start)).toArray();
        rows(connection, "SELECT a.seller_ref, a.assessment_id, a.revision, a.period_start, a.period_end, a.assessed_on,"
                + " a.rule_set_version, CASE WHEN a.revision = 1 AND a.period_end >= l.start THEN a.input_facts::text END,"
                + " EXISTS (SELECT 1 FROM " + s + "metric_result m WHERE m.assessment_ref = a.id AND m.status = 'MISSED')"
                + " FROM unnest(?, ?) AS l(ref, start) JOIN " + s + "assessment a ON a.seller_ref = l.ref"
                + " WHERE a.program = 'fba-onsite' ORDER BY a.period_start, a.revision", select -> {
                    select.setArray(1, connection.createArrayOf("bigint", refs));
                    select.setArray(2, connection.createArrayOf("date", starts));
                }, row -> {
                    SellerRecord past = byRef.get(row.getLong(1));
                    UUID assessmentId = row.getObject(2, UUID.class);
                    int revision = row.getInt(3);
                    LocalDate periodStart = day(row.getDate(4));
                    LocalDate periodEnd = day(row.getDate(5));
                    LocalDate assessedOn = day(row.getDate(6));
                    past.periods.add(new LocalDate[] {periodEnd, assessedOn});
                    if (revision >= past.latestRevision.getOrDefault(assessmentId, 0)) {
                        past.latestRevision.put(assessmentId, revision);
                        past.versionOfLatest.put(assessmentId, row.getString(7));
                        past.latest.put(assessmentId, new AssessmentOnRecord(assessedOn, row.getBoolean(9)));
                    }
                    String facts = row.getString(8);
                    if (facts != null) {
                        AssessmentEntity original = new AssessmentEntity();
                        original.seller = past.seller;
                        original.assessmentId = assessmentId;
                        original.revision = 1;
                        original.periodStart = periodStart;
                        original.periodEnd = periodEnd;
                        original.assessedOn = assessedOn;
                        try {
                            original.inputFacts = json.readTree(facts);
                        } catch (JsonProcessingException e) {
                            throw new IllegalStateException("The stored facts of assessment " + assessmentId
                                    + " cannot be read back", e);
                        }
                        past.originals.add(original);
                    }
                });
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private interface Parameters {
        void set(PreparedStatement select) throws SQLException;
    }

    private static void rows(Connection connection, String statement, Object[] refs, Row row) throws SQLException {
        rows(connection, statement, select -> select.setArray(1, connection.createArrayOf("bigint", refs)), row);
    }

    private static void rows(Connection connection, String statement, Parameters parameters, Row row)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(statement)) {
            parameters.set(select);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        }
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
