package com.marketplace.sellerperformance.notices;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.RuleError;
import com.marketplace.sellerperformance.engine.RuleFile;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.TemplateCheck;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysts' notice templates checked like their rules, before a rule set is taken into use: in
 * each program that has a {@code notices/} folder, every template and message must parse, every
 * language's bundle must have every message another has, and every template, its subject and the
 * messages written with it must render in every language from what the scenarios decided (a field
 * or a message that does not exist fails with strict rendering). Each problem names the file, the
 * line where Qute or the file tells it (0 otherwise) and what is wrong. A program without a
 * {@code notices/} folder (a draft of rules only) has nothing to check.
 */
@ApplicationScoped
public class NoticeTemplateCheck implements TemplateCheck {
    private static final String MESSAGES = "messages_";
    private static final String PROPERTIES = ".properties";
    private static final Pattern NO_MESSAGE = Pattern.compile("has no message (\\S+)");
    /** The values as the API writes them (days as ISO dates), which is how a notice's data is kept. */
    private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final NoticeTemplates templates;

    @Inject
    public NoticeTemplateCheck(NoticeTemplates templates) {
        this.templates = templates;
    }

    /** Outside the container (the analysts' command, the build): the templates of the rule set checked only. */
    public NoticeTemplateCheck() {
        this(new NoticeTemplates(new ActiveRuleSet()));
    }

    @Override
    public List<RuleError> check(RuleSet ruleSet, List<Told> told) {
        Map<String, List<RuleFile>> byProgram = new TreeMap<>();
        for (RuleFile file : ruleSet.files()) {
            int folder = file.path().indexOf("/" + NoticeTemplates.FOLDER);
            if (folder > 0 && file.path().indexOf('/') == folder) {
                byProgram.computeIfAbsent(file.path().substring(0, folder), p -> new ArrayList<>()).add(file);
            }
        }
        Set<RuleError> problems = new LinkedHashSet<>();
        byProgram.forEach((program, files) -> {
            int before = problems.size();
            parse(files, problems);
            if (problems.size() == before) {
                render(ruleSet, program, files, told.stream().filter(t -> t.program().equals(program)).toList(),
                        problems);
            }
        });
        return List.copyOf(problems);
    }

    /** Each template and message parsed, and each language held against the others' messages. */
    private void parse(List<RuleFile> files, Set<RuleError> problems) {
        Map<RuleFile, Properties> bundles = new LinkedHashMap<>();
        for (RuleFile file : files) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            if (name.startsWith(MESSAGES) && name.endsWith(PROPERTIES)) {
                Properties messages = new Properties();
                try {
                    messages.load(new StringReader(file.content()));
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(new RuleError(file.path(), 0, "the message bundle cannot be read: " + e.getMessage()));
                    continue;
                }
                bundles.put(file, messages);
                for (String key : new TreeSet<>(messages.stringPropertyNames())) {
                    try {
                        templates.parse(messages.getProperty(key), file.path(), file.path() + "#" + key);
                    } catch (TemplateException e) {
                        problems.add(new RuleError(file.path(), lineOf(file, key), "message " + key + ": "
                                + e.getMessage()));
                    }
                }
            } else if (name.endsWith(".html") || name.endsWith(".txt")) {
                try {
                    templates.parse(file.content(), name, file.path());
                } catch (TemplateException e) {
                    problems.add(new RuleError(file.path(), e.getOrigin() == null ? 0 : e.getOrigin().getLine(),
                            e.getMessage()));
                }
            }
        }
        bundles.forEach((file, messages) -> bundles.forEach((other, theirs) -> {
            for (String key : new TreeSet<>(theirs.stringPropertyNames())) {
                if (!messages.containsKey(key)) {
                    problems.add(new RuleError(file.path(), 0, "no message " + key + " (" + other.path() + " line "
                            + lineOf(other, key) + " has it)"));
                }
            }
        }));
    }

    /** Everything told rendered in every language: its subject, its templates and the messages written with it. */
    private void render(RuleSet ruleSet, String program, List<RuleFile> files, List<Told> told, Set<RuleError> problems) {
        for (String locale : templates.locales(ruleSet, program)) {
            for (Told one : told) {
                Map<String, Object> data = Map.of(one.name(), PLAIN.convertValue(one.value(),
                        new TypeReference<Map<String, Object>>() { }));
                String folder = program + "/" + NoticeTemplates.FOLDER;
                List<String> messages = new ArrayList<>();
                messages.add("subject." + one.kind());
                messages.addAll(one.messages());
                for (String key : messages) {
                    String bundle = folder + MESSAGES + locale.replace('-', '_') + PROPERTIES;
                    attempt(files, bundle, locale, one, problems,
                            () -> templates.renderMessage(ruleSet, program, key, locale, data));
                }
                for (String file : List.of(one.template() + ".txt", one.template() + ".html")) {
                    attempt(files, folder + file, locale, one, problems,
                            () -> templates.renderFile(ruleSet, program, file, locale, data));
                }
            }
        }
    }

    private static void attempt(List<RuleFile> files, String path, String locale, Told told, Set<RuleError> problems,
                                Runnable rendering) {
        try {
            rendering.run();
        } catch (RuntimeException e) {
            problems.add(problem(files, path, e, "(" + locale + ", " + told.kind() + ")"));
        }
    }

    /** Where a rendering failed: the template Qute names, else the file being rendered and the line that asks for it. */
    private static RuleError problem(List<RuleFile> files, String path, RuntimeException failure, String what) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateException template && template.getOrigin() != null) {
                TemplateNode.Origin origin = template.getOrigin();
                String id = origin.getTemplateId();
                int hash = id.indexOf('#');
                if (hash > 0) {
                    String file = id.substring(0, hash);
                    return new RuleError(file, lineOf(fileAt(files, file), id.substring(hash + 1)),
                            "message " + id.substring(hash + 1) + ": " + template.getMessage() + " " + what);
                }
                return new RuleError(id, origin.getLine(), template.getMessage() + " " + what);
            }
        }
        String message = failure.toString();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        Matcher missing = NO_MESSAGE.matcher(message);
        int line = missing.find() ? useOf(fileAt(files, path), missing.group(1)) : 0;
        return new RuleError(path, line, message + " " + what);
    }

    private static RuleFile fileAt(List<RuleFile> files, String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst().orElse(null);
    }

    /** The line a message is defined on in its bundle (0 when it is not). */
    private static int lineOf(RuleFile bundle, String key) {
        return firstLine(bundle, Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:\\s]"));
    }

    /** The first line of a template that asks for a message, by its key or its stem ({msg:metric(..)} for metric.X). */
    private static int useOf(RuleFile template, String key) {
        int line = firstLine(template, Pattern.compile("msg:" + Pattern.quote(key) + "\\b"));
        int dot = key.indexOf('.');
        return line > 0 || dot < 0 ? line
                : firstLine(template, Pattern.compile("msg:" + Pattern.quote(key.substring(0, dot)) + "\\("));
    }

    private static int firstLine(RuleFile file, Pattern pattern) {
        if (file == null) {
            return 0;
        }
        String[] lines = file.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (pattern.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
