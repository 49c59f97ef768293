package com.marketplace.sellerperformance.events;

import java.time.LocalDate;

/**
 * What a program announces by the passage of time alone (a reactivation day arriving, an automatic
 * reinstatement): every such change up to a day, each dated on the day it happens, and each once,
 * however often it is asked. Programs implement it; {@link DailyDecisionEvents} asks them daily.
 */
public interface ChangesWithTime {

    /** Records the changes that happen on or before the day and were not announced yet; how many. */
    int announceUpTo(LocalDate day);
}
