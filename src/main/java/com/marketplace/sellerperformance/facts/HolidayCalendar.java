package com.marketplace.sellerperformance.facts;

import java.time.LocalDate;
import java.util.Set;

/** Holidays read from a calendar file under rules/; which days are business days is for the rules to say. */
public class HolidayCalendar {
    private final String name;
    private final Set<LocalDate> holidays;

    public HolidayCalendar(String name, Set<LocalDate> holidays) {
        this.name = name;
        this.holidays = Set.copyOf(holidays);
    }

    public String getName() { return name; }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }
}
