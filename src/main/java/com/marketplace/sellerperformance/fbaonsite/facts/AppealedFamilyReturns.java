package com.marketplace.sellerperformance.fbaonsite.facts;

/** One product family's returned units in the assessment an appeal corrects. */
public class AppealedFamilyReturns {
    private final String family;
    private final long returned;

    public AppealedFamilyReturns(String family, long returned) {
        this.family = family;
        this.returned = returned;
    }

    public String getFamily() { return family; }
    public long getReturned() { return returned; }
}
