package org.switchover.reconcile;

import java.util.List;

/**
 * The result of one check: its status, each side's count (legacy null when the check has no legacy side),
 * a one-line detail, the keys found on one side only and the keys whose values differ.
 * {@code counts} is set for mapping_counts checks only; {@code seconds} is the time both sides' queries took;
 * {@code findings} are the failing records of a FAIL or ACCEPTED check, each with the owner's decision, if any.
 */
public record CheckOutcome(CheckDefinition check, Status status, Long legacy, Long target, String detail,
                           List<String> onlyInLegacy, List<String> onlyInTarget, List<String> differing,
                           SideResult legacyRows, SideResult targetRows, MappingCountsResult counts,
                           double seconds, List<Finding> findings) {
    public CheckOutcome {
        onlyInLegacy = List.copyOf(onlyInLegacy);
        onlyInTarget = List.copyOf(onlyInTarget);
        differing = List.copyOf(differing);
        findings = List.copyOf(findings);
    }

    /** An outcome as the comparison gives it, before the failing records are listed and decided on. */
    CheckOutcome(CheckDefinition check, Status status, Long legacy, Long target, String detail, List<String> onlyInLegacy,
                 List<String> onlyInTarget, List<String> differing, SideResult legacyRows, SideResult targetRows,
                 MappingCountsResult counts) {
        this(check, status, legacy, target, detail, onlyInLegacy, onlyInTarget, differing, legacyRows, targetRows, counts, 0,
                List.of());
    }

    CheckOutcome timed(double elapsed) {
        return new CheckOutcome(check, status, legacy, target, detail, onlyInLegacy, onlyInTarget, differing, legacyRows,
                targetRows, counts, elapsed, findings);
    }

    /** The same outcome with its failing records and the status the owners' decisions leave it. */
    CheckOutcome decided(Status decidedStatus, List<Finding> failingRecords) {
        return new CheckOutcome(check, decidedStatus, legacy, target, detail, onlyInLegacy, onlyInTarget, differing, legacyRows,
                targetRows, counts, seconds, failingRecords);
    }

    public String id() {
        return check.id();
    }

    /** read / loaded / excluded / rejected of one mapping from the run, and the two real counts. */
    public record MappingCountsResult(String legacyTable, String targetTable, long read, long loaded, long excluded,
                                      long rejected, long legacyCount, long targetCount) {
        boolean balances() {
            return read == loaded + excluded + rejected;
        }
    }
}
