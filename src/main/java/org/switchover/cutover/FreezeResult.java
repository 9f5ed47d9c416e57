package org.switchover.cutover;

import java.time.LocalDateTime;
import java.util.List;

/** What `switchover freeze` recorded: the fingerprint's id, the legacy database and its clock, and per table its rows and key ranges. */
public record FreezeResult(long fingerprintId, String legacyIdentity, LocalDateTime legacyClock, List<Table> tables, double seconds) {
    /** One fingerprinted legacy table. */
    public record Table(String table, long rows, int keyRanges, String bucketing) {
    }

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
