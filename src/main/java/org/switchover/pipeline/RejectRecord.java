package org.switchover.pipeline;

import java.util.Map;

/** One legacy row (or list item) that was not loaded, why, and the offending values. */
public record RejectRecord(String legacyTable, String targetTable, String legacyKey, String reason, String detail,
                           Map<String, String> rawValues) {
}
