package org.switchover.pipeline;

import java.util.List;

/**
 * Rows ready for COPY into one target table. {@code legacyKeys.get(i)} is the legacy key of
 * {@code rows.get(i)}, so a row that the database refuses can be rejected by key. Values are
 * String, Long, Integer, BigDecimal, LocalDate, LocalDateTime or a JSON string; null is NULL.
 */
public record TargetBatch(String targetTable, List<String> columns, List<Object[]> rows, List<String> legacyKeys,
                          List<java.util.Map<String, String>> rawValues) {
    public int size() {
        return rows.size();
    }
}
