package com.marketplace.sellerperformance.fbaonsite.facts;

/** The misses of one metric a reviewer accepted in an appeal; left is what the rules have not yet taken off. */
public class AppealedMisses {
    private final String metric;
    private final long misses;
    private long left;

    public AppealedMisses(String metric, long misses) {
        this.metric = metric;
        this.misses = misses;
        this.left = misses;
    }

    public String getMetric() { return metric; }
    public long getMisses() { return misses; }
    public long getLeft() { return left; }
    public void setLeft(long left) { this.left = left; }
}
