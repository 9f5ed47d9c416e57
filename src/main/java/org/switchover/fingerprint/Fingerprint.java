package org.switchover.fingerprint;

import java.sql.Timestamp;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content fingerprint of the legacy tables the mappings read, taken on the legacy server: who the server is,
 * its clock when the fingerprint was taken, and one {@link TableFingerprint} per table.
 *
 * @param id      migration.fingerprint.fingerprint_id once stored, else null
 * @param seconds how long the legacy server took to compute it
 */
public record Fingerprint(Long id, LegacyServer server, Timestamp legacyClock, double seconds,
                          Map<String, TableFingerprint> tables) {
    public Fingerprint {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    Fingerprint withId(long newId) {
        return new Fingerprint(newId, server, legacyClock, seconds, tables);
    }

    /** All rows of all tables. */
    public long rows() {
        return tables.values().stream().mapToLong(TableFingerprint::rowCount).sum();
    }
}
