package org.switchover.pipeline;

/** Legacy rows (or list items) of one key excluded by a rule: {@code units} of them, counted against the rule. */
public record ExclusionRecord(String legacyTable, String targetTable, String legacyKey, String rule, long units) {
}
