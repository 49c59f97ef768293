package com.marketplace.sellerperformance.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a scenario file. Anchors, aliases and merge keys ({@code <<: *week}) work, so a run of
 * similar weeks stays short; dates stay text (YAML would otherwise turn them into timestamps), and
 * only true and false are booleans (YAML 1.1 would read the key on: as true).
 */
final class ScenarioYaml {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioYaml() {
    }

    static JsonNode read(String text) {
        LoaderOptions options = new LoaderOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new DatesAsText());
        Object document = yaml.load(text);
        return JSON.valueToTree(document);
    }

    /** YAML 1.1's implicit types, except timestamps, and with true/false as the only booleans (on: is a key). */
    private static final class DatesAsText extends Resolver {
        private static final Pattern TRUE_OR_FALSE =
                Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, TRUE_OR_FALSE, "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
