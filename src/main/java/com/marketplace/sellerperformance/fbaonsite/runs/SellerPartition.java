package com.marketplace.sellerperformance.fbaonsite.runs;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * One of N disjoint shares of the sellers, by a hash of the seller id that every process computes
 * the same (CRC-32 of its UTF-8 bytes), so N workers side by side never decide the same seller.
 * Partitions are numbered from 0, as a Kubernetes indexed Job numbers its pods.
 */
public record SellerPartition(int index, int count) {
    public static final SellerPartition ALL = new SellerPartition(0, 1);

    public SellerPartition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("a partition is I/N with 0 <= I < N, not " + index + "/" + count);
        }
    }

    /** "I/N", e.g. "0/4". */
    public static SellerPartition parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("/", -1);
        try {
            if (parts.length == 2) {
                return new SellerPartition(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("a partition is I/N with 0 <= I < N, e.g. 0/4, not " + text);
    }

    /** Whether the seller is this partition's; a line with no readable seller id belongs to partition 0. */
    public boolean holds(String sellerId) {
        if (count == 1) {
            return true;
        }
        if (sellerId == null) {
            return index == 0;
        }
        CRC32 crc = new CRC32();
        crc.update(sellerId.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index;
    }

    /**
     * The part of a run a seller's lines are decided in, by another hash than the partitions'
     * (String.hashCode, spread), so that every part of a partition gets its share; null: part 0.
     */
    public static int partOf(String sellerId, int parts) {
        if (sellerId == null || parts == 1) {
            return 0;
        }
        int hash = sellerId.hashCode() * 0x9E3779B9;
        return Integer.remainderUnsigned(hash ^ (hash >>> 16), parts);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
