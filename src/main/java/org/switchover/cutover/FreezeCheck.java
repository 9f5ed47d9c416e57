package org.switchover.cutover;

import org.switchover.db.SqlResource;
import org.switchover.extract.LegacyIdentifiers;
import org.switchover.fingerprint.Fingerprint;
import org.switchover.fingerprint.FingerprintDiff;
import org.switchover.fingerprint.FingerprintStore;
import org.switchover.fingerprint.Fingerprinter;
import org.switchover.fingerprint.LegacyServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether legacy is frozen, without trusting a clock: a freeze (`switchover freeze`) is recorded for this legacy
 * database, and the legacy tables fingerprinted now with the freeze's buckets are exactly as the freeze found them.
 * Second line, as before: the freeze time (given, else the freeze's own legacy clock) is not in the legacy server's
 * future, and no row's updated_dt is after it.
 */
final class FreezeCheck {
    /** The freeze the gate judged against, and legacy as fingerprinted now with its buckets (both null without a freeze). */
    record Result(Fingerprint freeze, Fingerprint now) {
    }

    private final Fingerprinter fingerprinter;
    private final Map<String, String> tables;

    FreezeCheck(Fingerprinter fingerprinter, Map<String, String> tables) {
        this.fingerprinter = fingerprinter;
        this.tables = tables;
    }

    Result check(Connection target, Connection legacy, LegacyServer current, Timestamp legacyNow, LocalDateTime freezeTime,
                 List<String> unmet) throws SQLException {
        Optional<Fingerprint> recorded = FingerprintStore.latest(target, FingerprintStore.FREEZE, null);
        LocalDateTime since = freezeTime != null ? freezeTime : recorded.map(f -> f.legacyClock().toLocalDateTime()).orElse(null);
        if (since != null && Timestamp.valueOf(since).after(legacyNow)) {
            unmet.add("the freeze time " + since + " is later than the legacy server's clock now (" + legacyNow.toLocalDateTime()
                    + "): a freeze time must have passed on the legacy server");
        } else if (since != null) {
            updatedAfter(legacy, since, unmet);
        }
        if (recorded.isEmpty()) {
            unmet.add("no freeze recorded: run switchover freeze when legacy is made read-only");
            return new Result(null, null);
        }
        Fingerprint freeze = recorded.get();
        if (!freeze.server().equals(current)) {
            unmet.add("the freeze (fingerprint " + freeze.id() + ") was recorded on legacy " + freeze.server().identity()
                    + ", not on this legacy " + current.identity() + ": run switchover freeze on this one");
        }
        Fingerprint now = fingerprinter.take(tables, freeze);
        unmet.addAll(new FingerprintDiff(freeze, now).lines("changed since the freeze (fingerprint " + freeze.id()
                + ", legacy clock " + freeze.legacyClock().toLocalDateTime() + ")"));
        return new Result(freeze, now);
    }

    /** Each table the mappings read that records updated_dt (the project's tables, none named here), in name order. */
    private void updatedAfter(Connection legacy, LocalDateTime freezeTime, List<String> unmet) throws SQLException {
        List<String> changed = new ArrayList<>();
        DeltaLegacyReads reads = new DeltaLegacyReads(legacy);
        for (String table : new java.util.TreeSet<>(tables.keySet())) {
            if (!reads.hasUpdatedDt(table)) {
                continue;
            }
            String sql = SqlResource.load("sql/cutover/rows_after_freeze.legacy.sql").statements().get(0)
                    .replace("{table}", LegacyIdentifiers.quote(table, "table"));
            try (PreparedStatement statement = legacy.prepareStatement(sql)) {
                statement.setTimestamp(1, Timestamp.valueOf(freezeTime));
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next() && rows.getLong(1) > 0) {
                        changed.add(table + " " + rows.getLong(1) + " (latest " + rows.getString(2) + ")");
                    }
                }
            }
        }
        if (!changed.isEmpty()) {
            unmet.add("the legacy database is not frozen: rows changed after the freeze time " + freezeTime + ": "
                    + String.join(", ", changed));
        }
    }
}
