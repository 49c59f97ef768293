package com.marketplace.sellerperformance.engine;

import com.marketplace.sellerperformance.facts.CalendarCoverage;
import com.marketplace.sellerperformance.facts.CalendarYear;
import com.marketplace.sellerperformance.facts.Holiday;
import com.marketplace.sellerperformance.facts.HolidayCalendar;
import com.marketplace.sellerperformance.facts.HolidayCalendarRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs a program's calendar rules once, when its rules are compiled, in a session of their own: they
 * declare the years they cover (a {@link CalendarCoverage} for the {@link HolidayCalendarRequest}) and
 * then, for each of those years ({@link CalendarYear}), its {@link Holiday}s. The result is the
 * program's {@link HolidayCalendar}, inserted into every session that decides. Only rules matching
 * those calendar facts fire here; the program's tables (rules without conditions) stay silent.
 */
final class HolidayCalendarRules {
    /** A DRL file that mentions the calendar needs one; the question facts alone do not count. */
    private static final Pattern USES_CALENDAR = Pattern.compile("\\bHolidayCalendar\\b");
    private static final AgendaFilter CALENDAR_RULES_ONLY = match -> match.getObjects().stream()
            .anyMatch(fact -> fact instanceof HolidayCalendarRequest || fact instanceof CalendarYear);

    private HolidayCalendarRules() {
    }

    static Optional<HolidayCalendar> run(String program, KieBase base, List<RuleFile> files, List<RuleError> errors) {
        return run(program, base, files, errors, new TreeSet<>());
    }

    /**
     * The names of a compiled program's calendar rules: those that fire when its calendar is made.
     * They never fire in a session that decides, so no scenario can fire them.
     */
    static Set<String> names(KieBase base) {
        Set<String> fired = new TreeSet<>();
        run("", base, List.of(), new ArrayList<>(), fired);
        return fired;
    }

    private static Optional<HolidayCalendar> run(String program, KieBase base, List<RuleFile> files,
                                                 List<RuleError> errors, Set<String> fired) {
        KieSession session = base.newKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        try {
            session.insert(new HolidayCalendarRequest());
            if (!fire(session, files, errors)) {
                return Optional.empty();
            }
            List<CalendarCoverage> coverages = objects(session, CalendarCoverage.class);
            if (coverages.isEmpty()) {
                noCalendar(program, files, errors);
                return Optional.empty();
            }
            if (coverages.size() > 1) {
                errors.add(new RuleError(program, 0, "The years the holiday calendar covers are declared "
                        + coverages.size() + " times (" + coverages + "); declare them once"));
                return Optional.empty();
            }
            CalendarCoverage coverage = coverages.get(0);
            if (coverage.getFirstYear() > coverage.getLastYear()) {
                errors.add(new RuleError(program, 0, "The holiday calendar covers " + coverage
                        + ": the first year is after the last"));
                return Optional.empty();
            }
            for (int year = coverage.getFirstYear(); year <= coverage.getLastYear(); year++) {
                session.insert(new CalendarYear(year));
            }
            if (!fire(session, files, errors)) {
                return Optional.empty();
            }
            Map<LocalDate, String> holidays = new TreeMap<>();
            for (Holiday holiday : objects(session, Holiday.class)) {
                holidays.merge(holiday.getDate(), holiday.getName(), (one, other) -> one + " / " + other);
            }
            return Optional.of(new HolidayCalendar(program + " holiday calendar", coverage.getFirstYear(),
                    coverage.getLastYear(), holidays));
        } finally {
            session.dispose();
        }
    }

    /** A program without calendar rules: an error only when its rules use the calendar. */
    static void noCalendar(String program, List<RuleFile> files, List<RuleError> errors) {
        files.stream().filter(RuleFile::isDrl)
                .filter(file -> USES_CALENDAR.matcher(file.content()).find())
                .findFirst()
                .ifPresent(user -> errors.add(new RuleError(user.path(), 0, "These rules use the holiday"
                        + " calendar, but no rule of " + program + " declares the years it covers (insert a"
                        + " CalendarCoverage when a HolidayCalendarRequest is asked, in the " + ProgramRules.CALENDAR
                        + " folder)")));
    }

    private static boolean fire(KieSession session, List<RuleFile> files, List<RuleError> errors) {
        try {
            session.fireAllRules(CALENDAR_RULES_ONLY);
            return true;
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            String year = e.getMatch() == null ? "" : e.getMatch().getObjects().stream()
                    .filter(CalendarYear.class::isInstance).map(fact -> " for " + ((CalendarYear) fact).getYear())
                    .findFirst().orElse("");
            Throwable cause = RuleFailures.rootCause(e);
            errors.add(RuleFailures.errorAt(files, rule, "The calendar rule '" + rule + "' failed" + year + ": "
                    + (cause.getMessage() == null ? cause.toString() : cause.getMessage())));
            return false;
        }
    }

    private static <T> List<T> objects(KieSession session, Class<T> type) {
        Collection<?> found = session.getObjects(type::isInstance);
        List<T> typed = new ArrayList<>();
        found.forEach(object -> typed.add(type.cast(object)));
        return typed;
    }
}
