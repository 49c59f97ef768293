package com.marketplace.sellerperformance.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The facts an assessment revision was decided from, as stored with it. */
@ApplicationScoped
public class StoredFacts {
    private final EntityManager entityManager;
    private final ObjectMapper json;

    public StoredFacts(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Transactional
    public Map<String, Object> ofAssessment(String assessmentId, int revision) {
        String stored = (String) entityManager.createNativeQuery("SELECT CAST(input_facts AS text) FROM {h-schema}assessment"
                        + " WHERE assessment_id = CAST(:id AS uuid) AND revision = :revision")
                .setParameter("id", assessmentId).setParameter("revision", revision).getSingleResult();
        try {
            return json.readValue(stored, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Units returned per family in an assessment revision's stored facts. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> returnedByFamily(String assessmentId, int revision) {
        List<Map<String, Object>> returns = (List<Map<String, Object>>) ofAssessment(assessmentId, revision).get("returns");
        Map<String, Object> returned = new TreeMap<>();
        returns.forEach(line -> returned.put((String) line.get("family"), line.get("returned")));
        return returned;
    }
}
