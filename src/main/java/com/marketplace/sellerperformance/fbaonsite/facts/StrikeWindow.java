package com.marketplace.sellerperformance.fbaonsite.facts;

/** How many days a strike counts from the day it is issued. */
public class StrikeWindow {
    private final int days;

    public StrikeWindow(int days) {
        this.days = days;
    }

    public int getDays() { return days; }
}
