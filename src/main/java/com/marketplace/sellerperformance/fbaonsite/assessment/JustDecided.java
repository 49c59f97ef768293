package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;

/** The standing the request's decision was announced against, so that its answer need not decide it again. */
@RequestScoped
public class JustDecided {
    private StandingView standing;

    void remember(StandingView standing) {
        this.standing = standing;
    }

    /** The standing decided on that day in this request; null when none was. */
    StandingView standingOn(LocalDate day) {
        return standing != null && day.equals(standing.on()) ? standing : null;
    }
}
