package com.marketplace.sellerperformance.engine;

import com.marketplace.sellerperformance.facts.HolidayCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .calendar} file: one {@code YYYY-MM-DD name} a line, {@code #} comments. Only stored
 * versions from before the calendar rules have one; it covers the years it lists a holiday in.
 */
final class HolidayCalendarFile {
    static final String EXTENSION = ".calendar";

    private HolidayCalendarFile() {
    }

    static HolidayCalendar parse(RuleFile file, List<RuleError> errors) {
        Map<LocalDate, String> holidays = new HashMap<>();
        String[] lines = file.content().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] dateAndName = line.split("\\s+", 2);
            try {
                holidays.put(LocalDate.parse(dateAndName[0]), dateAndName.length > 1 ? dateAndName[1] : "holiday");
            } catch (DateTimeParseException e) {
                errors.add(new RuleError(file.path(), i + 1, "'" + dateAndName[0] + "' is not a date (YYYY-MM-DD)"));
            }
        }
        int first = holidays.keySet().stream().mapToInt(LocalDate::getYear).min().orElse(1);
        int last = holidays.keySet().stream().mapToInt(LocalDate::getYear).max().orElse(0);
        return new HolidayCalendar(file.path(), first, last, holidays);
    }
}
