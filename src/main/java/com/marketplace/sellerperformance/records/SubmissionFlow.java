package com.marketplace.sellerperformance.records;

import com.marketplace.sellerperformance.problems.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * How one submission about one subject is recorded (a daily check, a service provider's
 * evaluation): under the subject's lock, facts already on record get the stored answer, facts that
 * contradict the record a conflict (nothing written), and only new facts are decided by the rules
 * and stored. An FBA Onsite week keeps the same rules but is recorded many sellers at a time, with
 * their record read ahead, so it has a flow of its own (fbaonsite.assessment.WeekRecording).
 */
@ApplicationScoped
public class SubmissionFlow {
    private final SubjectLock locks;

    public SubmissionFlow(SubjectLock locks) {
        this.locks = locks;
    }

    /** A kind of submission: how it is found on record, compared, and decided. */
    public interface Kind<S, R> {
        SubjectLock.Kind subjectKind();

        String subjectId(S submission);

        /** What is on record for the same thing; may itself refuse the submission with a conflict. */
        Optional<R> onRecord(S submission);

        boolean sameFacts(R onRecord, S submission);

        /** Why the submission contradicts what is on record. */
        String conflict(R onRecord, S submission);

        /** Decides the new facts with the rules and stores the decision. */
        R decideAndStore(S submission);
    }

    /** The record answered, and whether this submission created it. */
    public record Outcome<R>(R record, boolean created) {
    }

    /** Call inside a transaction. */
    public <S, R> Outcome<R> submit(Kind<S, R> kind, S submission) {
        locks.lock(kind.subjectKind(), kind.subjectId(submission));
        Optional<R> onRecord = kind.onRecord(submission);
        if (onRecord.isPresent()) {
            if (kind.sameFacts(onRecord.get(), submission)) {
                return new Outcome<>(onRecord.get(), false);
            }
            throw new ConflictException(kind.conflict(onRecord.get(), submission));
        }
        return new Outcome<>(kind.decideAndStore(submission), true);
    }
}
