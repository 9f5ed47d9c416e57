package org.switchover.transform;

import java.util.Locale;

/** Yes/no flags in any of the legacy spellings, to the target's Y / N. */
final class FlagValues {
    private static final String YES = "Y";
    private static final String NO = "N";
    private static final Converted YES_FLAG = Converted.ok(YES);
    private static final Converted NO_FLAG = Converted.ok(NO);
    private static final Converted UNMAPPED = Converted.lost(LossKind.UNMAPPED);

    private FlagValues() {
    }

    /** Y/YES/1/TRUE → Y, N/NO/0/FALSE → N; NULL or blank → NULL; anything else → NULL (UNMAPPED). */
    static Converted flag(String raw) {
        if (raw == null || raw.isBlank()) {
            return Converted.absent();
        }
        return recognised(raw);
    }

    /** As {@link #flag}, but NULL or blank means No (e.g. the OLA flag, only ever set to Y). */
    static Converted flagDefaultNo(String raw) {
        if (raw == null || raw.isBlank()) {
            return NO_FLAG;
        }
        return recognised(raw);
    }

    private static Converted recognised(String raw) {
        switch (raw.strip().toUpperCase(Locale.ROOT)) {
            case "Y", "YES", "1", "TRUE":
                return YES_FLAG;
            case "N", "NO", "0", "FALSE":
                return NO_FLAG;
            default:
                return UNMAPPED;
        }
    }
}
