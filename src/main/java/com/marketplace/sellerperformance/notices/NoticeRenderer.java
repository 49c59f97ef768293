package com.marketplace.sellerperformance.notices;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A notice written out from what it keeps, with the wording of the rule set in force: when the
 * relay mails it, and its subject when it is listed before that (or never mailed, with no contact).
 */
@ApplicationScoped
public class NoticeRenderer {
    private static final Logger LOG = Logger.getLogger(NoticeRenderer.class);

    private final NoticeTemplates templates;
    private final ObjectMapper json;
    private final Instance<NoticeData> programsData;

    public NoticeRenderer(NoticeTemplates templates, ObjectMapper json, Instance<NoticeData> programsData) {
        this.templates = templates;
        this.json = json;
        this.programsData = programsData;
    }

    /** What a notice keeps to be rendered: what it tells, in which language, with which template. */
    public record Kept(UUID noticeId, NoticeKind kind, String program, String subjectId, LocalDate effectiveOn,
                       String locale, String template, Map<String, Object> details) {
    }

    /** The notice as its subject gets it; fails when the wording cannot render it. */
    public NoticeTemplates.Rendered render(Kept notice) {
        return templates.render(notice.program(), notice.template(), notice.kind(), notice.locale(), data(notice));
    }

    /** Its subject line, or its kind when the wording cannot render it (it is FAILED, or will be). */
    public String subject(Kept notice) {
        try {
            return templates.message(notice.program(), "subject." + notice.kind(), notice.locale(), data(notice));
        } catch (RuntimeException unwritten) {
            LOG.debugf("The subject of notice %s cannot be rendered: %s", notice.noticeId(), unwritten.getMessage());
            return notice.kind().name();
        }
    }

    /** Values as the API writes them (dates as ISO days), so a template sees what a client of the API sees. */
    public Map<String, Object> plain(Object value) {
        return json.convertValue(value, new TypeReference<Map<String, Object>>() { });
    }

    private Map<String, Object> data(Kept notice) {
        for (NoticeData data : programsData) {
            if (data.template().equals(notice.template())) {
                return data.of(notice);
            }
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("kind", notice.kind().name());
        change.put("program", notice.program());
        change.put("subjectId", notice.subjectId());
        change.put("effectiveOn", notice.effectiveOn().toString());
        change.put("details", notice.details());
        return Map.of("notice", change);
    }
}
