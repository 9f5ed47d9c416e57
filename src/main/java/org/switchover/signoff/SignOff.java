package org.switchover.signoff;

import java.time.OffsetDateTime;

/**
 * One recorded sign-off and, when checked, whether it still holds ({@code lapsedBecause} null) or why not. It is bound to
 * one reconciliation ({@code reconciliationId}, null for a sign-off made before reconciliations were recorded) and covers
 * the decisions of the exceptions register up to {@code decisionsThrough} (the last exception id when it was made).
 * {@code osUser} and {@code dbUser} are who made it as the machine and the database knew them (null before they were kept).
 * {@code htmlSha256} is the SHA-256 of the reconciliation.html the owner read, {@code channel} "cli" or "browser" (both null
 * before they were kept).
 */
public record SignOff(long id, long runId, Long reconciliationId, String owner, String role, String reportPath, String reportSha256,
                      String mappingHash, String toolkitVersion, String verdict, OffsetDateTime signedAt, long decisionsThrough,
                      String osUser, String dbUser, String htmlSha256, String channel, String lapsedBecause) {
    /** A sign-off made with the `sign-off` command. */
    public static final String CLI = "cli";
    /** A sign-off made on serve's sign-off page. */
    public static final String BROWSER = "browser";

    public boolean valid() {
        return lapsedBecause == null;
    }

    /** "sign-off by NAME (ROLE) VALID" or "... LAPSED: reason"; owners are staff, so their names may be printed. */
    public String describe() {
        return "sign-off by " + owner + " (" + role + ") " + (valid() ? "VALID" : "LAPSED: " + lapsedBecause);
    }

    SignOff lapsed(String reason) {
        return new SignOff(id, runId, reconciliationId, owner, role, reportPath, reportSha256, mappingHash, toolkitVersion, verdict,
                signedAt, decisionsThrough, osUser, dbUser, htmlSha256, channel, reason);
    }
}
