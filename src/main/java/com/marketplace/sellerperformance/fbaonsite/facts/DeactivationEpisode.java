package com.marketplace.sellerperformance.fbaonsite.facts;

import java.time.LocalDate;

/** A continuous deactivation for strikes, as the standing rules build it from the strikes on record. */
public class DeactivationEpisode {
    private final LocalDate since;
    private LocalDate minimumUntil;
    private LocalDate reactivatesOn;

    public DeactivationEpisode(LocalDate since, LocalDate minimumUntil) {
        this.since = since;
        this.minimumUntil = minimumUntil;
    }

    public LocalDate getSince() { return since; }
    /** The last day of the minimum period. */
    public LocalDate getMinimumUntil() { return minimumUntil; }
    /** Null while no approved plan of action is known. */
    public LocalDate getReactivatesOn() { return reactivatesOn; }
    public void setReactivatesOn(LocalDate reactivatesOn) { this.reactivatesOn = reactivatesOn; }

    /** A later deactivation during this one: the later end wins, and reactivation is decided again. */
    public void extendMinimumTo(LocalDate until) {
        if (until.isAfter(minimumUntil)) {
            minimumUntil = until;
        }
        reactivatesOn = null;
    }
}
