package com.marketplace.sellerperformance.notices;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.RuleFile;
import com.marketplace.sellerperformance.engine.RuleSet;
import io.quarkus.qute.Engine;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.Expression;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.NamespaceResolver;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wording of what sellers and providers are told, as the analysts keep it beside the policy: in
 * each program's {@code notices/} folder of the rule set, Qute templates ({@code <name>.html},
 * {@code <name>.txt}) and one message bundle per language ({@code messages_pt_BR.properties}). A
 * message is itself a small Qute template over the same data; {@code {msg:key}} inserts one,
 * {@code {msg:key(x)}} one about {@code x} (seen as {@code it}), or the message {@code key.<x>} when
 * there is one (a penalty's name), {@code {msg:date(d)}} and {@code {msg:percent(r)}} format for the
 * language. The templates come with the rule set in force, so a reload changes the wording too.
 */
@ApplicationScoped
public class NoticeTemplates {
    public static final String FOLDER = "notices/";
    private static final String BUNDLE = "bundle";
    private static final String ROOT = "root";
    private static final String HTML = ".html";
    private static final String TEXT = ".txt";

    private final ActiveRuleSet rules;
    private final Engine engine;
    private final Map<String, Wording> byProgram = new ConcurrentHashMap<>();

    public NoticeTemplates(ActiveRuleSet rules) {
        this.rules = rules;
        this.engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addNamespaceResolver(NamespaceResolver.builder("msg").resolve(NoticeTemplates::message).build())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .strictRendering(true)
                .build();
    }

    /** A notice as the subject gets it. */
    public record Rendered(String subject, String text, String html) {
    }

    /** Renders the named template and the subject message {@code subject.<kind>} in the language. */
    public Rendered render(String program, String name, NoticeKind kind, String locale, Map<String, Object> data) {
        return render(rules.current(), program, name, kind, locale, data);
    }

    /** The same, with the wording of a given rule set (a draft's, when checking it). */
    public Rendered render(RuleSet ruleSet, String program, String name, NoticeKind kind, String locale,
                           Map<String, Object> data) {
        Wording wording = wordingOf(ruleSet, program);
        Bundle bundle = wording.bundle(locale);
        return new Rendered(render(bundle.message("subject." + kind), bundle, data).strip(),
                render(wording.template(name + TEXT), bundle, data),
                render(wording.template(name + HTML), bundle, data));
    }

    /** One message of the language's bundle, rendered over the data. */
    public String message(String program, String key, String locale, Map<String, Object> data) {
        Bundle bundle = wordingOf(rules.current(), program).bundle(locale);
        return render(bundle.message(key), bundle, data).strip();
    }

    /** The languages the program's notices are written in (one per message bundle). */
    public List<String> locales(RuleSet ruleSet, String program) {
        return new ArrayList<>(wordingOf(ruleSet, program).bundles.keySet());
    }

    /** The names of the program's templates, each with both an .html and a .txt file. */
    public List<String> templates(RuleSet ruleSet, String program) {
        TreeSet<String> names = new TreeSet<>();
        wordingOf(ruleSet, program).templates.keySet()
                .forEach(file -> names.add(file.substring(0, file.lastIndexOf('.'))));
        return new ArrayList<>(names);
    }

    /** One template file of the program's notices/ (e.g. summary.txt) rendered in the language, with a draft's wording. */
    String renderFile(RuleSet ruleSet, String program, String file, String locale, Map<String, Object> data) {
        Wording wording = wordingOf(ruleSet, program);
        return render(wording.template(file), wording.bundle(locale), data);
    }

    /** One message of the language's bundle rendered, with a draft's wording. */
    String renderMessage(RuleSet ruleSet, String program, String key, String locale, Map<String, Object> data) {
        Bundle bundle = wordingOf(ruleSet, program).bundle(locale);
        return render(bundle.message(key), bundle, data);
    }

    /** Parses a template file or a message as the notices are parsed (the id names it in errors). */
    void parse(String text, String file, String id) {
        engine.parse(text, Variant.forContentType(file.endsWith(HTML) ? Variant.TEXT_HTML : Variant.TEXT_PLAIN), id);
    }

    private static String render(Template template, Bundle bundle, Map<String, Object> data) {
        TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        instance.setAttribute(BUNDLE, bundle);
        instance.setAttribute(ROOT, data);
        return instance.render();
    }

    private Wording wordingOf(RuleSet ruleSet, String program) {
        String key = ruleSet.version() + "|" + program;
        Wording cached = byProgram.get(key);
        if (cached != null) {
            return cached;
        }
        if (byProgram.size() > 8) {
            byProgram.clear(); // rule sets come and go with reloads; the few in use are parsed again
        }
        Wording wording = parse(ruleSet, program);
        byProgram.put(key, wording);
        return wording;
    }

    private Wording parse(RuleSet ruleSet, String program) {
        String folder = program + "/" + FOLDER;
        Map<String, Template> templates = new HashMap<>();
        Map<String, Bundle> bundles = new java.util.TreeMap<>();
        for (RuleFile file : ruleSet.files()) {
            if (!file.path().startsWith(folder)) {
                continue;
            }
            String name = file.path().substring(folder.length());
            if (name.startsWith("messages_") && name.endsWith(".properties")) {
                String tag = name.substring("messages_".length(), name.length() - ".properties".length())
                        .replace('_', '-');
                bundles.put(tag, bundle(file, tag));
            } else if (name.endsWith(HTML)) {
                templates.put(name, engine.parse(file.content(), Variant.forContentType(Variant.TEXT_HTML), file.path()));
            } else if (name.endsWith(TEXT)) {
                templates.put(name, engine.parse(file.content(), Variant.forContentType(Variant.TEXT_PLAIN), file.path()));
            }
        }
        return new Wording(program, templates, bundles);
    }

    private Bundle bundle(RuleFile file, String tag) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(file.content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Template> messages = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> messages.put(key,
                engine.parse(properties.getProperty(key), Variant.forContentType(Variant.TEXT_PLAIN),
                        file.path() + "#" + key)));
        return new Bundle(file.path(), Locale.forLanguageTag(tag), messages);
    }

    private record Wording(String program, Map<String, Template> templates, Map<String, Bundle> bundles) {
        Template template(String file) {
            Template template = templates.get(file);
            if (template == null) {
                throw new IllegalStateException("The rule set has no " + program + "/" + FOLDER + file);
            }
            return template;
        }

        Bundle bundle(String locale) {
            Bundle bundle = bundles.get(locale);
            if (bundle == null) {
                throw new IllegalStateException("The rule set has no " + program + "/" + FOLDER + "messages_"
                        + locale.replace('-', '_') + ".properties");
            }
            return bundle;
        }
    }

    private record Bundle(String path, Locale locale, Map<String, Template> messages) {
        Template message(String key) {
            Template message = messages.get(key);
            if (message == null) {
                throw new IllegalStateException(path + " has no message " + key);
            }
            return message;
        }

        Template messageOrNull(String key) {
            return messages.get(key);
        }

        String date(Object value) {
            if (value == null) {
                return "";
            }
            LocalDate day = value instanceof LocalDate local ? local : LocalDate.parse(value.toString());
            String pattern = messages.containsKey("date.pattern") ? messages.get("date.pattern").render() : "yyyy-MM-dd";
            return day.format(DateTimeFormatter.ofPattern(pattern.strip(), locale));
        }

        String percent(Object value) {
            if (value == null) {
                return "";
            }
            NumberFormat format = NumberFormat.getPercentInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(new BigDecimal(value.toString()));
        }
    }

    /** {@code {msg:...}}: a message of the language's bundle, or a date or rate formatted for it. */
    private static CompletionStage<Object> message(EvalContext context) {
        Bundle bundle = (Bundle) context.getAttribute(BUNDLE);
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) context.getAttribute(ROOT);
        List<Expression> params = context.getParams();
        if (params.isEmpty()) {
            return CompletableFuture.completedFuture(render(bundle.message(context.getName()), bundle, root));
        }
        return context.evaluate(params.get(0)).thenApply(value -> switch (context.getName()) {
            case "date" -> bundle.date(value);
            case "percent" -> bundle.percent(value);
            default -> {
                Template named = value == null ? null : bundle.messageOrNull(context.getName() + "." + value);
                if (named != null) {
                    yield render(named, bundle, root);
                }
                if (value != null && bundle.messageOrNull(context.getName()) == null) {
                    // Neither a message for this value nor one for any: name the one an analyst would add.
                    throw new IllegalStateException(bundle.path() + " has no message " + context.getName() + "." + value);
                }
                Map<String, Object> data = new HashMap<>(root);
                data.put("it", value);
                yield render(bundle.message(context.getName()), bundle, data);
            }
        });
    }
}
