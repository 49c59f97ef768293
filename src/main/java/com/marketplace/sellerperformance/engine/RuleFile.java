package com.marketplace.sellerperformance.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One file of a rule set: its path relative to the rules directory (with '/') and its text. */
public record RuleFile(String path, String content) {

    public String sha256() {
        return hex(sha256Digest().digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** The folder directly under the rules directory, which names the program the file belongs to. */
    public String program() {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * The phase folder inside the program's folder ("measure" for fba-onsite/measure/period.drl); empty
     * for a file directly in the program's folder, as every file was before programs had phases.
     */
    public String phase() {
        String[] parts = path.split("/");
        return parts.length < 3 ? "" : parts[1];
    }

    public boolean isDrl() {
        return path.endsWith(".drl");
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
