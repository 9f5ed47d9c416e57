package org.switchover.transform;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Transforms that encode the council's case-recording rules (migration-rules.md 3 and 7): the
 * overloaded referral status, placeholder workers, the OLA flag and seen-alone visits. Each is
 * declared with its one-line doc; mapping files name them like any other transform.
 */
final class CaseRecordTransforms {
    private static final String CLOSED = "CLOSED";
    private static final String NFA = "NFA";

    private CaseRecordTransforms() {
    }

    static List<ValueTransform> all() {
        return List.of(
                NamedTransform.single("real_worker",
                        "Worker code as is, or NULL for a placeholder (UNALLOC, DUTY-*): placeholders are not people.",
                        LegacyType.TEXT_OR_INTEGER, CaseRecordTransforms::realWorker),
                NamedTransform.single("referral_nfa",
                        "Referral status NFA → Y (no further action at referral); any other status → N.",
                        LegacyType.TEXT, CaseRecordTransforms::referralNfa),
                new NamedTransform("referral_close_date",
                        "(close_dt, status, updated_dt) → close_dt; when the status says CLOSED… and close_dt is "
                                + "missing, the date of updated_dt (DEFAULTED, rule 7).",
                        3, List.of(LegacyType.DATES, LegacyType.TEXT, LegacyType.DATES),
                        inputs -> closeDate(inputs[0], inputs[1], inputs[2])),
                new NamedTransform("closure_reason_source",
                        "(close_reason, status) → the code after CLOSED: in the status (CLOSED:RC4 → RC4), else "
                                + "close_reason; pair it with the closure_reason code map.",
                        2, List.of(LegacyType.TEXT, LegacyType.TEXT), inputs -> closureReason(inputs[1], inputs[0])),
                new NamedTransform("involvement_role_source",
                        "(alloc_type, worker_cd) → alloc_type, or DUTY when the worker is a placeholder; pair it "
                                + "with the involvement_role code map.",
                        2, List.of(LegacyType.TEXT, LegacyType.TEXT),
                        inputs -> involvementRole(inputs[0], inputs[1])),
                new NamedTransform("ola_flag",
                        "(ola_flag, reg_status) → Y when held for another authority (ola_flag Y or status TEMP), else N.",
                        2, List.of(LegacyType.TEXT, LegacyType.TEXT), inputs -> olaFlag(inputs[0], inputs[1])),
                NamedTransform.single("seen_alone_flag",
                        "Note type VISIT-ALONE → Y (child seen alone); any other type → N.",
                        LegacyType.TEXT, CaseRecordTransforms::seenAlone));
    }

    private static Converted realWorker(String worker) {
        if (worker == null || worker.isBlank() || PlaceholderWorkers.isPlaceholder(worker)) {
            return Converted.absent();
        }
        return Converted.ok(worker.trim());
    }

    private static Converted referralNfa(String status) {
        if (status == null) {
            return Converted.absent();
        }
        return Converted.ok(NFA.equalsIgnoreCase(status.trim()) ? "Y" : "N");
    }

    private static boolean isClosedStatus(String status) {
        return status != null && status.trim().toUpperCase(Locale.ROOT).startsWith(CLOSED);
    }

    private static Converted closeDate(String closeDate, String status, String updated) {
        Converted parsed = LegacyDateValues.date(closeDate);
        if (parsed.value() != null || !isClosedStatus(status)) {
            return parsed;
        }
        Converted lastUpdate = LegacyDateValues.dateTime(updated);
        if (lastUpdate.value() == null) {
            return parsed.isLossy() ? parsed : Converted.lost(LossKind.UNKNOWN_VALUE);
        }
        return Converted.changed(((LocalDateTime) lastUpdate.value()).toLocalDate(), LossKind.DEFAULTED);
    }

    private static Converted closureReason(String status, String closeReason) {
        if (status != null) {
            String trimmed = status.trim();
            int colon = trimmed.indexOf(':');
            if (isClosedStatus(trimmed) && colon > 0 && colon < trimmed.length() - 1) {
                return Converted.ok(trimmed.substring(colon + 1).trim());
            }
        }
        return closeReason == null || closeReason.isBlank() ? Converted.absent() : Converted.ok(closeReason.trim());
    }

    private static Converted involvementRole(String allocType, String worker) {
        if (PlaceholderWorkers.isPlaceholder(worker)) {
            return Converted.ok("DUTY");
        }
        return allocType == null || allocType.isBlank() ? Converted.absent() : Converted.ok(allocType.trim());
    }

    private static Converted olaFlag(String olaFlag, String regStatus) {
        boolean ola = olaFlag != null && olaFlag.trim().equalsIgnoreCase("Y")
                || regStatus != null && regStatus.trim().equalsIgnoreCase("TEMP");
        return Converted.ok(ola ? "Y" : "N");
    }

    private static Converted seenAlone(String noteType) {
        if (noteType == null) {
            return Converted.absent();
        }
        return Converted.ok(noteType.trim().equalsIgnoreCase("VISIT-ALONE") ? "Y" : "N");
    }
}
