package org.switchover.transform;

import java.util.Locale;

/** Placeholder worker codes are not people: UNALLOC, and DUTY-* (one per duty team); rule 3 of the migration. */
public final class PlaceholderWorkers {
    public static final String UNALLOCATED_WORKER = "UNALLOC";
    public static final String DUTY_WORKER_PREFIX = "DUTY-";

    private PlaceholderWorkers() {
    }

    /** True for UNALLOC and DUTY-*, in any case and with surrounding blanks; false for NULL. */
    public static boolean isPlaceholder(String workerCode) {
        if (workerCode == null) {
            return false;
        }
        String code = workerCode.trim().toUpperCase(Locale.ROOT);
        return code.equals(UNALLOCATED_WORKER) || code.startsWith(DUTY_WORKER_PREFIX);
    }
}
