package com.marketplace.sellerperformance.fbaonsite.notices;

import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentRecord;
import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentView;
import com.marketplace.sellerperformance.fbaonsite.assessment.AssessmentsRecorded;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.notices.Contacts;
import com.marketplace.sellerperformance.notices.NoticeData;
import com.marketplace.sellerperformance.notices.NoticeKind;
import com.marketplace.sellerperformance.notices.NoticeOutbox;
import com.marketplace.sellerperformance.notices.NoticeRenderer;
import com.marketplace.sellerperformance.notices.NoticeTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The FBA Onsite performance summary of each assessment revision, as JSON and as the seller gets it
 * by mail; one summary notice is written for each revision stored, in the transaction that stores it
 * (the changes of standing become notices through the decision events). The notice keeps the
 * revision it is of; its summary is made again from the stored assessment when it is mailed.
 */
@ApplicationScoped
public class SellerNotices implements NoticeData {
    /** The template a summary is rendered with: notices/summary.html and notices/summary.txt. */
    public static final String SUMMARY = "summary";
    /** The messages a summary is written with besides its subject: why and how to appeal. */
    public static final List<String> MESSAGES = List.of("appeal.reason", "appeal.instructions");
    /** What a summary notice keeps: the revision it is of. */
    private static final String ASSESSMENT_ID = "assessmentId";
    private static final String REVISION = "revision";

    private final AssessmentRecord assessments;
    private final Contacts contacts;
    private final NoticeTemplates templates;
    private final NoticeOutbox notices;
    private final NoticeRenderer renderer;

    public SellerNotices(AssessmentRecord assessments, Contacts contacts, NoticeTemplates templates,
                         NoticeOutbox notices, NoticeRenderer renderer) {
        this.assessments = assessments;
        this.contacts = contacts;
        this.templates = templates;
        this.notices = notices;
        this.renderer = renderer;
    }

    /** The summary of a revision (null: the latest), in the given language or the seller's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PerformanceSummary summary(UUID assessmentId, Integer revision, String locale) {
        AssessmentView view = revision == null ? assessments.find(assessmentId) : assessments.find(assessmentId, revision);
        return summary(view, locale == null ? contacts.localeOf(FbaOnsiteRules.PROGRAM, view.sellerId()) : locale);
    }

    /** The summary rendered as the seller gets it. */
    public NoticeTemplates.Rendered rendered(PerformanceSummary summary) {
        return templates.render(FbaOnsiteRules.PROGRAM, SUMMARY, NoticeKind.PERFORMANCE_SUMMARY, summary.locale(),
                data(summary));
    }

    /** A summary notice for each revision just stored, keeping which revision it is of. */
    void recorded(@Observes AssessmentsRecorded recorded) {
        List<NoticeOutbox.Draft> drafts = new ArrayList<>();
        for (AssessmentView view : recorded.revisions()) {
            drafts.add(new NoticeOutbox.Draft(FbaOnsiteRules.PROGRAM + "|" + NoticeKind.PERFORMANCE_SUMMARY + "|"
                    + view.assessmentId() + "|" + view.revision(), NoticeKind.PERFORMANCE_SUMMARY,
                    FbaOnsiteRules.PROGRAM, view.sellerId(), view.assessedOn(), SUMMARY,
                    Map.of(ASSESSMENT_ID, view.assessmentId().toString(), REVISION, view.revision())));
        }
        notices.recordAll(drafts);
    }

    @Override
    public String template() {
        return SUMMARY;
    }

    /** A summary notice's data: the summary of the revision it keeps, in its language. */
    @Override
    public Map<String, Object> of(NoticeRenderer.Kept notice) {
        UUID assessmentId = UUID.fromString((String) notice.details().get(ASSESSMENT_ID));
        int revision = ((Number) notice.details().get(REVISION)).intValue();
        return data(summary(assessmentId, revision, notice.locale()));
    }

    PerformanceSummary summary(AssessmentView view, String locale) {
        PerformanceSummary bare = PerformanceSummary.of(view, locale);
        Map<String, Object> data = data(bare);
        return bare.written(message("subject." + NoticeKind.PERFORMANCE_SUMMARY, locale, data),
                message(MESSAGES.get(0), locale, data), message(MESSAGES.get(1), locale, data));
    }

    private String message(String key, String locale, Map<String, Object> data) {
        return templates.message(FbaOnsiteRules.PROGRAM, key, locale, data);
    }

    private Map<String, Object> data(PerformanceSummary summary) {
        return Map.of("summary", renderer.plain(summary));
    }
}
