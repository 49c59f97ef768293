package com.marketplace.sellerperformance.facts;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The holidays a program's calendar rules declared for the years they cover; which days are business
 * days is for the rules to say. A question about a day outside those years fails
 * ({@link DayOutsideCalendarException}) rather than answer "no holiday".
 */
public class HolidayCalendar {
    private final String name;
    private final int firstYear;
    private final int lastYear;
    private final Map<LocalDate, String> holidays;

    public HolidayCalendar(String name, int firstYear, int lastYear, Map<LocalDate, String> holidays) {
        this.name = name;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.holidays = Map.copyOf(holidays);
    }

    public String getName() { return name; }
    public int getFirstYear() { return firstYear; }
    public int getLastYear() { return lastYear; }

    public boolean covers(LocalDate day) {
        return day.getYear() >= firstYear && day.getYear() <= lastYear;
    }

    public boolean isHoliday(LocalDate day) {
        return holidayOn(day).isPresent();
    }

    /** The holiday's name on a covered day, empty on a covered day that is no holiday. */
    public Optional<String> holidayOn(LocalDate day) {
        if (!covers(day)) {
            throw new DayOutsideCalendarException(name, day, coverage());
        }
        return Optional.ofNullable(holidays.get(day));
    }

    private String coverage() {
        if (firstYear > lastYear) {
            return "no year";
        }
        return firstYear == lastYear ? "the year " + firstYear : "the years " + firstYear + " to " + lastYear;
    }

    @Override
    public String toString() {
        return name + " (" + coverage() + ", " + holidays.size() + " holidays)";
    }
}
