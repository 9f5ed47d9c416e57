package org.switchover.pipeline;

import org.switchover.transform.LossKind;

/** One value that did not arrive as it was in the legacy row, with its raw text. */
public record LossyRecord(String legacyTable, String targetTable, String legacyKey, String column, LossKind kind,
                          String rawValue) {
}
