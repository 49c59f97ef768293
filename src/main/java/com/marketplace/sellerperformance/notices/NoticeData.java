package com.marketplace.sellerperformance.notices;

import java.util.Map;

/**
 * What a program's notices of one template are rendered from, found again from what the notice
 * keeps (FBA Onsite's summary: the assessment revision it is of). A template without one is a
 * change of standing's, rendered from the change's details as the decision event carries them.
 */
public interface NoticeData {

    /** The template whose notices this gives the data of. */
    String template();

    /** The data the template renders, in the notice's language. */
    Map<String, Object> of(NoticeRenderer.Kept notice);
}
