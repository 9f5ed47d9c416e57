package org.switchover.signoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.switchover.config.ConfigurationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The fields of a reconciliation.json that a sign-off binds to, and the SHA-256 of its exact bytes and of the
 * reconciliation.html beside it, the page the owner reads ({@code htmlSha256}, null when there is none).
 * {@code reconciliationId} is null in a report written before reconciliations were recorded.
 */
public record ReconciliationReport(Path file, String sha256, long runId, Long reconciliationId, String verdict, LocalDate goLiveDate,
                                   String htmlSha256) {
    /** The report's file name inside a report directory. */
    public static final String FILE_NAME = "reconciliation.json";
    /** The page an owner reads, beside it. */
    public static final String HTML_FILE_NAME = "reconciliation.html";

    /** Reads DIR/reconciliation.json; a missing file or field is named. */
    public static ReconciliationReport read(Path reportDir) {
        Path file = reportDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("no " + FILE_NAME + " in " + reportDir + ": run `switchover reconcile` (or a dry run) first");
        }
        byte[] bytes;
        JsonNode root;
        try {
            bytes = Files.readAllBytes(file);
            root = new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw new ConfigurationException(file + " is not readable JSON: " + e.getMessage());
        }
        JsonNode runId = root.get("runId");
        JsonNode verdict = root.get("verdict");
        if (runId == null || !runId.canConvertToLong()) {
            throw new ConfigurationException(file + ": field runId is missing or not a number");
        }
        if (verdict == null || !verdict.isTextual()) {
            throw new ConfigurationException(file + ": field verdict is missing");
        }
        JsonNode goLive = root.get("goLiveDate");
        LocalDate goLiveDate = goLive == null || goLive.isNull() ? null : LocalDate.parse(goLive.asText());
        JsonNode reconciliation = root.get("reconciliationId");
        Long reconciliationId = reconciliation == null || !reconciliation.canConvertToLong() ? null : reconciliation.asLong();
        return new ReconciliationReport(file, sha256(bytes), runId.asLong(), reconciliationId, verdict.asText(), goLiveDate,
                sha256Of(htmlFile(file)));
    }

    /** The reconciliation.html beside a reconciliation.json. */
    public static Path htmlFile(Path jsonFile) {
        return jsonFile.resolveSibling(HTML_FILE_NAME);
    }

    /** SHA-256 of a file's bytes as lower-case hex; null when the file is gone. */
    public static String sha256Of(Path file) {
        try {
            return Files.isRegularFile(file) ? sha256(Files.readAllBytes(file)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
