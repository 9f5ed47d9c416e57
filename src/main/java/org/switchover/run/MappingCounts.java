package org.switchover.run;

import java.util.Map;

/** One mapping's totals in a run: read = loaded + excluded + rejected, with the rules and reasons behind them. */
public record MappingCounts(String mappingId, String legacyTable, String targetTable, long read, long loaded,
                            long excluded, long rejected, double seconds, Map<String, Long> excludedByRule,
                            Map<String, Long> rejectedByReason) {
}
