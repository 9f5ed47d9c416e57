package org.switchover.signoff;

import org.switchover.ledger.LedgerCheck;
import org.switchover.reconcile.OwnerDecision;

import java.nio.file.Path;
import java.util.List;

/**
 * Whether a recorded sign-off still holds, and why not: it and the reconciliation it signed must be in the ledger as they
 * are now; its report hash must be the one that reconciliation recorded, and the report file must still hash to it; that
 * reconciliation must have run the configured check set; the reconciliation.html the owner signed must be the page that
 * reconciliation wrote and still hash to it; the mapping set must be the signed one; and no decision may
 * have been recorded on the run after it.
 */
final class SignOffValidity {
    /** What the reconciliation a sign-off names recorded: its report's hash, its check set and its page's hash (null when it
     * is not found). */
    record Signed(String reportSha256, String checkSetHash, String htmlSha256) {
    }

    private SignOffValidity() {
    }

    static SignOff check(SignOff signOff, Signed signed, LedgerCheck ledger, SignOffPolicy policy, String currentMappingHash,
                         List<OwnerDecision> decisions) {
        if (!ledger.trusts("sign_off", signOff.id())) {
            return signOff.lapsed("sign-off " + signOff.id() + " is not in the ledger as it is now: it was written or changed outside the toolkit");
        }
        if (signOff.reconciliationId() != null && !ledger.trusts("reconciliation", signOff.reconciliationId())) {
            return signOff.lapsed("reconciliation " + signOff.reconciliationId() + ", which it signed, is not in the ledger as it is now");
        }
        if (signed == null || !signOff.reportSha256().equals(signed.reportSha256())) {
            return signOff.lapsed("its report hash " + shortHash(signOff.reportSha256()) + " is not the one reconciliation "
                    + signOff.reconciliationId() + " recorded (" + shortHash(signed == null ? null : signed.reportSha256()) + ")");
        }
        if (policy.checkSetHash() == null) {
            return signOff.lapsed(policy.checkSetProblem());
        }
        if (!policy.checkSetHash().equals(signed.checkSetHash())) {
            return signOff.lapsed(otherCheckSet(signOff.reconciliationId(), signed.checkSetHash(), policy));
        }
        String now = ReconciliationReport.sha256Of(Path.of(signOff.reportPath()));
        if (now == null) {
            return signOff.lapsed(ReconciliationReport.FILE_NAME + " of run " + signOff.runId() + " is gone from " + signOff.reportPath());
        }
        if (!now.equals(signOff.reportSha256())) {
            return signOff.lapsed(ReconciliationReport.FILE_NAME + " of run " + signOff.runId() + " was edited after signing (sha256 "
                    + shortHash(now) + " ≠ " + shortHash(signOff.reportSha256()) + ", " + signOff.reportPath() + ")");
        }
        if (signOff.htmlSha256() != null) {
            Path page = ReconciliationReport.htmlFile(Path.of(signOff.reportPath()));
            String pageNow = ReconciliationReport.sha256Of(page);
            if (!signOff.htmlSha256().equals(signed.htmlSha256())) {
                return signOff.lapsed("its page hash " + shortHash(signOff.htmlSha256()) + " is not the one reconciliation "
                        + signOff.reconciliationId() + " recorded (" + shortHash(signed.htmlSha256()) + ")");
            }
            if (!signOff.htmlSha256().equals(pageNow)) {
                return signOff.lapsed(ReconciliationReport.HTML_FILE_NAME + " of run " + signOff.runId() + (pageNow == null ? " is gone from "
                        : " was edited after signing (sha256 " + shortHash(pageNow) + " ≠ " + shortHash(signOff.htmlSha256()) + ", ") + page
                        + (pageNow == null ? "" : ")"));
            }
        }
        if (currentMappingHash != null && !currentMappingHash.equals(signOff.mappingHash())) {
            return signOff.lapsed("the mapping set changed since signing (hash " + shortHash(currentMappingHash) + " ≠ "
                    + shortHash(signOff.mappingHash()) + ")");
        }
        return decisions.stream().filter(d -> d.runId() == signOff.runId() && d.id() > signOff.decisionsThrough()).findFirst()
                .map(d -> signOff.lapsed("a decision was recorded on run " + signOff.runId() + " after signing: " + d.describe()))
                .orElse(signOff);
    }

    /** Why a reconciliation made with another check set than the configured one cannot be signed. */
    static String otherCheckSet(Long reconciliationId, String checkSetHash, SignOffPolicy policy) {
        return "reconciliation " + reconciliationId + " ran another check set than the configured one (hash " + shortHash(checkSetHash)
                + " ≠ " + shortHash(policy.checkSetHash()) + "): reconcile with the configured checks and sign off that report";
    }

    static String shortHash(String hash) {
        return SignOffRegistry.shortHash(hash);
    }
}
