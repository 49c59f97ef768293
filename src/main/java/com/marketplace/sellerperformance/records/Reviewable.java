package com.marketplace.sellerperformance.records;

import java.time.Instant;
import java.time.LocalDate;

/** Something a reviewer decides: a plan of action, an appeal, an improvement plan. */
public interface Reviewable {

    /** What it is, for messages: "plan of action 3f2…". */
    String describe();

    boolean awaitingDecision();

    /** Its status, for the message when it is already decided. */
    String status();

    /** The day it was submitted, when known; a decision may not come before it. */
    LocalDate submittedOn();

    void stampDecision(LocalDate decidedOn, String decidedBy, Instant decidedAt);
}
