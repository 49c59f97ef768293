package com.marketplace.sellerperformance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.FixedRules;
import com.marketplace.sellerperformance.facts.DayOutsideCalendarException;
import com.marketplace.sellerperformance.facts.HolidayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A program's holiday calendar is made by its calendar rules when the rule set is compiled (the fixed
 * set's rules cover 2026 and 2027): holidays for the covered years, a loud failure outside them, and
 * every mistake in the calendar rules reported like a compilation error.
 */
class HolidayCalendarRulesTest {
    private static final String HOLIDAYS = "fba-onsite/calendar/national-holidays.drl";

    private static final RuleSetCompiler COMPILER = new RuleSetCompiler();
    private static final List<RuleFile> FIXED_FILES = RuleSetLoader.readFiles(FixedRules.DIR);
    private static final RuleSet FIXED = COMPILER.compile("rules", FIXED_FILES);

    @Test
    void theCalendarRulesGiveTheProgramItsHolidaysForTheYearsTheyCover() {
        HolidayCalendar calendar = calendarOf(FIXED, "fba-onsite").orElseThrow();
        assertEquals(2026, calendar.getFirstYear());
        assertEquals(2027, calendar.getLastYear());
        assertEquals(Optional.of("Independência do Brasil"), calendar.holidayOn(LocalDate.parse("2026-09-07")));
        assertEquals(Optional.of("Paixão de Cristo"), calendar.holidayOn(LocalDate.parse("2026-04-03")));
        assertEquals(Optional.of("Paixão de Cristo"), calendar.holidayOn(LocalDate.parse("2027-03-26")));
        assertFalse(calendar.isHoliday(LocalDate.parse("2027-04-02")), "Good Friday 2026's weekday in 2027");
        assertTrue(calendarOf(FIXED, "services").isEmpty(), "services has no calendar");
    }

    @Test
    void aDayOutsideTheCoveredYearsIsNeverTakenForAnOrdinaryDay() {
        HolidayCalendar calendar = calendarOf(FIXED, "fba-onsite").orElseThrow();
        DayOutsideCalendarException failure = assertThrows(DayOutsideCalendarException.class,
                () -> calendar.isHoliday(LocalDate.parse("2028-09-07")));
        assertTrue(failure.getMessage().contains("2028-09-07"), failure.getMessage());
        assertTrue(failure.getMessage().contains("2026 to 2027"), failure.getMessage());
        assertThrows(DayOutsideCalendarException.class, () -> calendar.isHoliday(LocalDate.parse("2025-12-31")));
    }

    @Test
    void aOneOffHolidayIsARuleForItsYearOnly() {
        List<RuleFile> files = edited(HOLIDAYS, content -> content + """

                rule "A national holiday declared for 2027 only, on 14 July"
                when
                    CalendarYear(year == 2027)
                then
                    insert(new Holiday(LocalDate.of(2027, 7, 14), "One-off holiday"));
                end
                """);
        HolidayCalendar calendar = calendarOf(COMPILER.compile("draft", files), "fba-onsite").orElseThrow();
        assertTrue(calendar.isHoliday(LocalDate.parse("2027-07-14")));
        assertFalse(calendar.isHoliday(LocalDate.parse("2026-07-14")));
    }

    @Test
    void aHolidayRuleThatFailsIsReportedAtItsRuleWithTheYear() {
        List<RuleFile> files = edited(HOLIDAYS, content -> content.replace("LocalDate.of($year, 4, 21)",
                "LocalDate.of($year, 4, 31)"));
        RuleError error = onlyError(files);
        assertEquals(HOLIDAYS, error.file());
        assertEquals(lineOf(files, HOLIDAYS, "rule \"Tiradentes is on 21 April\""), error.line());
        assertTrue(error.message().contains("Tiradentes is on 21 April"), error.message());
        assertTrue(error.message().contains("for 2026"), error.message());
    }

    @Test
    void calendarRulesThatDeclareNoCoverageAreAnErrorWhereTheCalendarIsUsed() {
        List<RuleFile> files = edited(HOLIDAYS, content -> content.replace(
                "insert(new CalendarCoverage(2026, 2027));", ""));
        RuleError error = onlyError(files);
        assertEquals("fba-onsite/standing/standing.drl", error.file());
        assertTrue(error.message().contains("no rule of fba-onsite declares the years it covers"), error.message());
    }

    @Test
    void theCoverageIsDeclaredOnceAndInOrder() {
        List<RuleFile> twice = edited(HOLIDAYS, content -> content.replace(
                "insert(new CalendarCoverage(2026, 2027));",
                "insert(new CalendarCoverage(2026, 2027));\n    insert(new CalendarCoverage(2028, 2029));"));
        String declaredTwice = onlyError(twice).message();
        assertTrue(declaredTwice.contains("declared 2 times"), declaredTwice);
        List<RuleFile> backwards = edited(HOLIDAYS, content -> content.replace(
                "insert(new CalendarCoverage(2026, 2027));", "insert(new CalendarCoverage(2027, 2026));"));
        String declaredBackwards = onlyError(backwards).message();
        assertTrue(declaredBackwards.contains("the first year is after the last"), declaredBackwards);
    }

    @Test
    void aCalendarFileIsRefusedOutsideStoredVersions() {
        List<RuleFile> files = new ArrayList<>(FIXED_FILES);
        files.add(new RuleFile("fba-onsite/national-holidays.calendar", "2026-09-07 Independência do Brasil\n"));
        RuleError error = onlyError(files);
        assertEquals("fba-onsite/national-holidays.calendar", error.file());
        assertTrue(error.message().contains("holidays are rules"), error.message());
    }

    @Test
    void aStoredVersionWithACalendarFileKeepsItsHolidaysAndCoversTheYearsItLists() {
        List<RuleFile> files = new ArrayList<>(FIXED_FILES.stream()
                .filter(file -> !file.path().equals(HOLIDAYS)).toList());
        files.add(new RuleFile("fba-onsite/national-holidays.calendar",
                "# as stored\n2026-09-07 Independência do Brasil\n2027-12-25 Natal\n"));
        HolidayCalendar calendar = calendarOf(COMPILER.compileStored("0123456789abcdef", files), "fba-onsite")
                .orElseThrow();
        assertTrue(calendar.isHoliday(LocalDate.parse("2026-09-07")));
        assertFalse(calendar.isHoliday(LocalDate.parse("2027-09-07")));
        assertThrows(DayOutsideCalendarException.class, () -> calendar.isHoliday(LocalDate.parse("2028-09-07")));
    }

    private RuleError onlyError(List<RuleFile> files) {
        RuleSetCompilationException failure =
                assertThrows(RuleSetCompilationException.class, () -> COMPILER.compile("draft", files));
        assertEquals(1, failure.errors().size(), failure.getMessage());
        return failure.errors().get(0);
    }

    private static Optional<HolidayCalendar> calendarOf(RuleSet ruleSet, String program) {
        return ruleSet.program(program).facts().stream().filter(HolidayCalendar.class::isInstance)
                .map(HolidayCalendar.class::cast).findFirst();
    }

    private List<RuleFile> edited(String path, UnaryOperator<String> edit) {
        return FIXED_FILES.stream().map(file -> file.path().equals(path)
                ? new RuleFile(path, edit.apply(file.content())) : file).toList();
    }

    private static int lineOf(List<RuleFile> files, String path, String text) {
        String content = files.stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow().content();
        return List.of(content.split("\n", -1)).indexOf(text) + 1;
    }
}
