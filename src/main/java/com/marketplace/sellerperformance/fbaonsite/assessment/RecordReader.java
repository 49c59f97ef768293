package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.records.DatabaseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.Session;

/** Reads sellers' FBA Onsite record ahead, one query per table, for deciding their new weeks in memory. */
@ApplicationScoped
public class RecordReader {
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final String schema;

    public RecordReader(EntityManager entityManager, ObjectMapper json, DatabaseConfig database) {
        this.entityManager = entityManager;
        this.json = json;
        this.schema = database.schema();
    }

    /** The record of these sellers, each with the start of the period its line is about. */
    RecordReadAhead readAhead(Map<String, LocalDate> lineStarts) {
        if (lineStarts.isEmpty()) {
            return RecordReadAhead.NOTHING;
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection ->
                RecordReadAhead.read(connection, schema, json, lineStarts));
    }
}
