package com.marketplace.sellerperformance.engine;

import com.marketplace.sellerperformance.facts.HolidayCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a {@code .calendar} file: one {@code YYYY-MM-DD name} a line, {@code #} comments. */
final class HolidayCalendarFile {
    static final String EXTENSION = ".calendar";

    private HolidayCalendarFile() {
    }

    static HolidayCalendar parse(RuleFile file, List<RuleError> errors) {
        Set<LocalDate> holidays = new HashSet<>();
        String[] lines = file.content().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String date = line.split("\\s+", 2)[0];
            try {
                holidays.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                errors.add(new RuleError(file.path(), i + 1, "'" + date + "' is not a date (YYYY-MM-DD)"));
            }
        }
        return new HolidayCalendar(file.path(), holidays);
    }
}
