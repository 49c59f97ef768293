package com.marketplace.sellerperformance.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.marketplace.sellerperformance.engine.TemplateCheck;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Compares what a scenario expects with what happened, on the fields the scenario names only. */
public final class Expectations {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final List<ScenarioResult.Mismatch> mismatches = new ArrayList<>();
    private final List<TemplateCheck.Told> told = new ArrayList<>();

    /** Compares one step's outcome (a map, a record, or JSON) with its expectation at the given path. */
    public void compare(String path, JsonNode expected, Object outcome) {
        compare(path, expected, JSON.valueToTree(outcome));
    }

    /** What one of the scenario's decisions tells its subject (the notice templates are rendered with it). */
    public void told(TemplateCheck.Told notice) {
        told.add(notice);
    }

    List<TemplateCheck.Told> told() {
        return List.copyOf(told);
    }

    List<ScenarioResult.Mismatch> mismatches() {
        return List.copyOf(mismatches);
    }

    private void compare(String path, JsonNode expected, JsonNode actual) {
        JsonNode got = actual == null ? NullNode.getInstance() : actual;
        if (expected.isObject()) {
            if (!got.isObject()) {
                mismatches.add(new ScenarioResult.Mismatch(path, expected.toString(), got.toString()));
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(path + "." + field.getKey(), field.getValue(), got.get(field.getKey()));
            }
        } else if (expected.isArray()) {
            if (!got.isArray() || got.size() != expected.size()) {
                mismatches.add(new ScenarioResult.Mismatch(path, expected.size() + " item(s) " + expected,
                        (got.isArray() ? got.size() + " item(s) " : "") + got));
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), got.get(i));
            }
        } else if (!sameValue(expected, got)) {
            mismatches.add(new ScenarioResult.Mismatch(path, expected.asText(), got.isNull() ? "null" : got.asText()));
        }
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNull() || actual.isNull()) {
            return expected.isNull() && actual.isNull();
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.asText().equals(actual.asText());
    }
}
