package com.marketplace.sellerperformance.fbaonsite.facts;

/** Units shipped and returned for one product family over the period; index is its place in the request. */
public class FamilyReturns {
    private final int index;
    private final String family;
    private final long shipped;
    private final long returned;

    public FamilyReturns(int index, String family, long shipped, long returned) {
        this.index = index;
        this.family = family;
        this.shipped = shipped;
        this.returned = returned;
    }

    public int getIndex() { return index; }
    public String getFamily() { return family; }
    public long getShipped() { return shipped; }
    public long getReturned() { return returned; }
}
