package org.switchover.ledger;

import org.switchover.config.ConfigurationException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One link of the chain: row {@code refId} of {@code kind}, the SHA-256 of its canonical content, the previous entry's
 * hash and its own, which covers all of them and its position. Changing any field of any entry, or removing one, makes
 * this or the next entry's hash wrong.
 */
public record LedgerEntry(long entryId, String kind, long refId, String contentSha256, String previousSha256, String entrySha256) {
    /** What the first entry follows. */
    public static final String GENESIS = "0".repeat(64);
    /** The kinds of row the ledger covers, as migration.ledger.kind names them. */
    public static final List<String> KINDS = List.of("reconciliation", "exception", "sign_off", "event");
    private static final String FIELD_SEPARATOR = "\t";
    private static final int FIELDS = 6;

    /** The entry that follows {@code previous} (null for the first) for a row with {@code content}. */
    public static LedgerEntry after(LedgerEntry previous, String kind, long refId, String content) {
        long id = previous == null ? 1 : previous.entryId() + 1;
        String before = previous == null ? GENESIS : previous.entrySha256();
        String contentHash = sha256(content);
        return new LedgerEntry(id, kind, refId, contentHash, before, hash(before, id, kind, refId, contentHash));
    }

    /** Whether {@link #entrySha256} is the hash of the entry's fields: false when any was rewritten alone. */
    public boolean sealed() {
        return entrySha256.equals(hash(previousSha256, entryId, kind, refId, contentSha256));
    }

    /** "ledger entry 4 (sign_off 2)". */
    public String describe() {
        return "ledger entry " + entryId + " (" + kind + " " + refId + ")";
    }

    /** One tab-separated line of an exported copy. */
    public String line() {
        return String.join(FIELD_SEPARATOR, String.valueOf(entryId), kind, String.valueOf(refId), contentSha256, previousSha256, entrySha256);
    }

    /** Reads a line written by {@link #line()}; a malformed one is named by file and line. */
    public static LedgerEntry parse(String line, Path file, int lineNumber) {
        String[] fields = line.split(FIELD_SEPARATOR, -1);
        try {
            if (fields.length != FIELDS || !KINDS.contains(fields[1])) {
                throw new NumberFormatException("expected " + FIELDS + " tab-separated fields: entry, kind, row, content, previous, entry hash");
            }
            return new LedgerEntry(Long.parseLong(fields[0]), fields[1], Long.parseLong(fields[2]), fields[3], fields[4], fields[5]);
        } catch (NumberFormatException e) {
            throw new ConfigurationException(file + " line " + lineNumber + " is not a ledger entry: " + e.getMessage());
        }
    }

    /** The SHA-256 of text's UTF-8 bytes as lower-case hex (the same as PostgreSQL's sha256(convert_to(text, 'UTF8'))). */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    private static String hash(String previous, long id, String kind, long refId, String contentHash) {
        return sha256(previous + "|" + id + "|" + kind + "|" + refId + "|" + contentHash);
    }
}
