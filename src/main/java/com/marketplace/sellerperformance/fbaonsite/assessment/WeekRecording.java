package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.fbaonsite.rules.FbaSubmission;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import com.marketplace.sellerperformance.fbaonsite.standing.StrikeView;
import com.marketplace.sellerperformance.problems.BadInputException;
import com.marketplace.sellerperformance.problems.ConflictException;
import com.marketplace.sellerperformance.records.SubjectLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Records sellers' FBA Onsite weeks: one request's submission or a run's chunk of them, both by
 * {@link #assessAll}. The sellers are locked, their record read ahead, each week decided in memory
 * ({@link WeekDecision}) and the new weeks stored together ({@link WeekWriter}).
 */
@ApplicationScoped
public class WeekRecording {
    private final SubjectLock locks;
    private final RecordReader reader;
    private final WeekDecision decision;
    private final WeekWriter writer;
    private final AssessmentRecord record;

    public WeekRecording(SubjectLock locks, RecordReader reader, WeekDecision decision, WeekWriter writer,
                         AssessmentRecord record) {
        this.locks = locks;
        this.reader = reader;
        this.decision = decision;
        this.writer = writer;
        this.record = record;
    }

    /** The assessment and whether this call created it (false: the same facts were already assessed). */
    public record Outcome(AssessmentView assessment, boolean created) {
    }

    @Transactional
    public Outcome assess(FbaSubmission submission) {
        SubmissionOutcome settled = assessAll(List.of(submission)).get(0);
        if (settled.refused() != null) {
            throw settled.refused();
        }
        if (settled.repeated()) {
            return new Outcome(record.latestOf(settled.original()), false);
        }
        NewWeek week = settled.week();
        return new Outcome(AssessmentView.of(week.assessment(), week.seller().sellerId,
                week.strikes().stream().map(StrikeView::of).toList(), settled.standing(), true), true);
    }

    /** What {@link #assess} would store, without writing or locking anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentView preview(FbaSubmission submission) {
        return decision.preview(submission);
    }

    /**
     * Decides and stores submissions together, in the caller's transaction, as one request would each
     * of them: the sellers are locked at once, their record read ahead with one query per table,
     * each submission decided from it in memory and the new weeks stored in bulk. A seller's second
     * submission is decided in a second round, after the first is stored. Bad input and conflicts are
     * answered per submission, with nothing written for it; answers are in the order given.
     */
    public List<SubmissionOutcome> assessAll(List<FbaSubmission> submissions) {
        locks.lockAll(SubjectLock.Kind.SELLER, submissions.stream().map(FbaSubmission::sellerId)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)));
        Map<String, Integer> earlier = new HashMap<>();
        int[] round = new int[submissions.size()];
        for (int i = 0; i < submissions.size(); i++) {
            String sellerId = submissions.get(i).sellerId();
            round[i] = sellerId == null ? 0 : earlier.merge(sellerId, 1, Integer::sum) - 1;
        }
        SubmissionOutcome[] settled = new SubmissionOutcome[submissions.size()];
        for (int r = 0; r <= Arrays.stream(round).max().orElse(0); r++) {
            Map<String, LocalDate> readAhead = new HashMap<>();
            List<Integer> inRound = new ArrayList<>();
            for (int i = 0; i < submissions.size(); i++) {
                if (round[i] == r) {
                    inRound.add(i);
                    if (submissions.get(i).sellerId() != null) {
                        readAhead.put(submissions.get(i).sellerId(), submissions.get(i).periodStart());
                    }
                }
            }
            RecordReadAhead past = reader.readAhead(readAhead);
            List<NewWeek> weeks = new ArrayList<>();
            List<Integer> stored = new ArrayList<>();
            for (int i : inRound) {
                FbaSubmission submission = submissions.get(i);
                try {
                    WeekDecision.Decided decided = decision.decideWeek(submission, past.of(submission.sellerId()));
                    if (decided.week() != null) {
                        weeks.add(decided.week());
                        stored.add(i);
                    } else {
                        settled[i] = new SubmissionOutcome(null, null, decided.original(), null);
                    }
                } catch (BadInputException | ConflictException refused) {
                    settled[i] = new SubmissionOutcome(null, null, null, refused);
                }
            }
            List<StandingView> standings = writer.store(weeks, past);
            for (int k = 0; k < stored.size(); k++) {
                settled[stored.get(k)] = new SubmissionOutcome(weeks.get(k), standings.get(k), null, null);
            }
        }
        return List.of(settled);
    }
}
