package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.fbaonsite.announcements.AnnouncedStandings;
import com.marketplace.sellerperformance.fbaonsite.announcements.SellerAnnouncements;
import com.marketplace.sellerperformance.fbaonsite.assessment.SellerPast;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.PlanOfActionOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.DailyCheckEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.PlanOfActionEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.ReturnTargetEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeStatus;
import com.marketplace.sellerperformance.records.Schema;
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
import java.util.stream.Collectors;

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
        Map<String, SellerRecord> bySellerId = new HashMap<>();
        Map<Long, SellerRecord> byRef = new HashMap<>();
        rows(connection, schema, "SELECT " + String.join(", ", SellerEntity.COLUMNS)
                + " FROM {h-schema}seller WHERE seller_id = ANY(?)",
                select -> select.setArray(1, connection.createArrayOf("text", lineStarts.keySet().toArray())), row -> {
                    SellerEntity seller = SellerEntity.read(row);
                    SellerRecord past = new SellerRecord(seller, lineStarts.get(seller.sellerId));
                    bySellerId.put(seller.sellerId, past);
                    byRef.put(seller.id, past);
                });
        if (byRef.isEmpty()) {
            return new RecordReadAhead(bySellerId, Set.of());
        }
        Object[] refs = byRef.keySet().toArray();
        readAssessments(connection, schema, json, refs, byRef);
        rows(connection, schema, "SELECT " + String.join(", ", ReturnTargetEntity.ON_RECORD_COLUMNS)
                + " FROM {h-schema}return_target WHERE seller_ref = ANY(?) ORDER BY quarter", refs, row -> {
                    Map.Entry<String, BigDecimal> target = ReturnTargetEntity.onRecord(row);
                    of(byRef, row).returnTargets.put(target.getKey(), target.getValue());
                });
        rows(connection, schema, "SELECT " + String.join(", ", StrikeEntity.COLUMNS)
                + " FROM {h-schema}strike WHERE seller_ref = ANY(?) ORDER BY id", refs, row -> {
                    SellerRecord past = of(byRef, row);
                    past.strikes.add(StrikeEntity.read(row, past.seller));
                });
        rows(connection, schema, "SELECT " + String.join(", ", DailyCheckEntity.ON_RECORD_COLUMNS)
                + " FROM {h-schema}daily_check WHERE seller_ref = ANY(?) ORDER BY day", refs,
                row -> of(byRef, row).dailyChecks.add(DailyCheckEntity.onRecord(row)));
        rows(connection, schema, "SELECT " + String.join(", ", PlanOfActionEntity.ON_RECORD_COLUMNS)
                + " FROM {h-schema}plan_of_action WHERE seller_ref = ANY(?) ORDER BY id", refs,
                row -> of(byRef, row).plans.add(PlanOfActionEntity.onRecord(row)));
        rows(connection, schema, "SELECT " + String.join(", ", AnnouncedStandings.COLUMNS)
                + " FROM {h-schema}announced_standing WHERE seller_ref = ANY(?)", refs,
                row -> of(byRef, row).told = AnnouncedStandings.read(row));
        List<StrikeEntity> strikes = byRef.values().stream().flatMap(past -> past.strikes.stream()).toList();
        Set<UUID> recorded = new HashSet<>();
        if (!strikes.isEmpty()) {
            rows(connection, schema, "SELECT event_id FROM {h-schema}decision_event WHERE event_id = ANY(?)",
                    select -> select.setArray(1, connection.createArrayOf("uuid",
                            SellerAnnouncements.strikeEventIds(strikes).toArray())),
                    row -> recorded.add(row.getObject("event_id", UUID.class)));
        }
        return new RecordReadAhead(bySellerId, recorded);
    }

    private static SellerRecord of(Map<Long, SellerRecord> byRef, ResultSet row) throws SQLException {
        return byRef.get(row.getLong("seller_ref"));
    }

    private static void readAssessments(Connection connection, String schema, ObjectMapper json, Object[] refs,
                                        Map<Long, SellerRecord> byRef) throws SQLException {
        // The facts of an original only where the line may repeat it: periods ending on or after the line's start.
        Object[] starts = java.util.Arrays.stream(refs).map(ref -> byRef.get((Long) ref).lineStart)
                .map(start -> start == null ? null : Date.valueOf(start)).toArray();
        rows(connection, schema, "SELECT " + AssessmentEntity.ON_RECORD_COLUMNS.stream().map(column -> "a." + column)
                .collect(Collectors.joining(", "))
                + ", CASE WHEN a.revision = 1 AND a.period_end >= l.start THEN a.input_facts::text END AS original_facts,"
                + " EXISTS (SELECT 1 FROM {h-schema}metric_result m WHERE m.assessment_ref = a.id AND m.status = 'MISSED')"
                + " AS missed FROM unnest(?, ?) AS l(ref, start) JOIN {h-schema}assessment a ON a.seller_ref = l.ref"
                + " WHERE a.program = 'fba-onsite' ORDER BY a.period_start, a.revision", select -> {
                    select.setArray(1, connection.createArrayOf("bigint", refs));
                    select.setArray(2, connection.createArrayOf("date", starts));
                }, row -> {
                    SellerRecord past = of(byRef, row);
                    AssessmentEntity revision = AssessmentEntity.onRecord(row, past.seller);
                    past.periods.add(new LocalDate[] {revision.periodEnd, revision.assessedOn});
                    if (revision.revision >= past.latestRevision.getOrDefault(revision.assessmentId, 0)) {
                        past.latestRevision.put(revision.assessmentId, revision.revision);
                        past.versionOfLatest.put(revision.assessmentId, revision.ruleSetVersion);
                        past.latest.put(revision.assessmentId,
                                new AssessmentOnRecord(revision.assessedOn, row.getBoolean("missed")));
                    }
                    String facts = row.getString("original_facts");
                    if (facts != null) {
                        try {
                            revision.inputFacts = json.readTree(facts);
                        } catch (JsonProcessingException e) {
                            throw new IllegalStateException("The stored facts of assessment " + revision.assessmentId
                                    + " cannot be read back", e);
                        }
                        past.originals.add(revision);
                    }
                });
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private interface Parameters {
        void set(PreparedStatement select) throws SQLException;
    }

    private static void rows(Connection connection, String schema, String statement, Object[] refs, Row row)
            throws SQLException {
        rows(connection, schema, statement, select -> select.setArray(1, connection.createArrayOf("bigint", refs)), row);
    }

    private static void rows(Connection connection, String schema, String statement, Parameters parameters, Row row)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(Schema.qualify(statement, schema))) {
            parameters.set(select);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        }
    }
}
