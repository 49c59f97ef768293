package com.marketplace.sellerperformance.records;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Who is asking: the authenticated principal's name, recorded with every write. */
@ApplicationScoped
public class Caller {
    private final Instance<SecurityIdentity> identity;

    public Caller(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    public String name() {
        if (!identity.isResolvable()) {
            return "system";
        }
        SecurityIdentity current = identity.get();
        return current.isAnonymous() ? "anonymous" : current.getPrincipal().getName();
    }
}
