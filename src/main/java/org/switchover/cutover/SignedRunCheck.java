package org.switchover.cutover;

import org.switchover.config.SwitchoverSettings;
import org.switchover.db.SqlResource;
import org.switchover.fingerprint.LegacyServer;
import org.switchover.reconcile.LegacySide;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The conditions that bind a final load to what was signed: legacy is the database the signed dry run read (as the
 * server names itself), and today's legacy figures, computed with the reconciliation's own legacy SQL at the signed
 * report's as-of date, are within the configured tolerances of the signed report's.
 */
final class SignedRunCheck {
    private final SwitchoverSettings settings;

    SignedRunCheck(SwitchoverSettings settings) {
        this.settings = settings;
    }

    /** One line per reason in {@code unmet}. */
    void check(Connection target, Connection legacy, LegacyServer current, long dryRunId, SignedFigures signed,
               List<String> unmet) throws SQLException {
        sameDatabase(target, current, dryRunId, unmet);
        if (signed != null) {
            sameFigures(legacy, dryRunId, signed, unmet);
        }
    }

    private static void sameDatabase(Connection target, LegacyServer current, long dryRunId, List<String> unmet) throws SQLException {
        try (PreparedStatement statement = target.prepareStatement(SqlResource.load("sql/cutover/run_legacy_server.sql").statements().get(0))) {
            statement.setLong(1, dryRunId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next() || row.getString(1) == null) {
                    unmet.add("dry run " + dryRunId + " did not record which legacy server it read (made before this version): "
                            + "make a new dry run and sign off its report");
                    return;
                }
                LegacyServer read = new LegacyServer(row.getString(1), row.getString(2));
                if (!read.equals(current)) {
                    unmet.add("the legacy database is not the one the signed dry run " + dryRunId + " read: it read "
                            + read.identity() + ", this is " + current.identity());
                }
            }
        }
    }

    private void sameFigures(Connection legacy, long dryRunId, SignedFigures signed, List<String> unmet) {
        LegacySide side = new LegacySide(settings.checks(), settings.mappings());
        Map<String, String> countsChecks = side.countsChecks();
        List<String> ids = new ArrayList<>();
        signed.tables().keySet().stream().map(countsChecks::get).filter(id -> id != null).forEach(ids::add);
        ids.addAll(signed.headlines().keySet());
        Map<String, Long> now = side.figures(legacy, ids, signed.asOf(), dryRunId);
        double percent = settings.tolerances().tableCountPercent();
        signed.tables().forEach((table, count) -> {
            Long today = now.get(countsChecks.get(table));
            if (today != null && differsTooMuch(count, today, percent)) {
                unmet.add("legacy table " + table + ": " + today + " now, " + count + " in the report signed for dry run " + dryRunId
                        + " (" + change(count, today) + "; the tolerance is " + number(percent) + " %)");
            }
        });
        long fewer = settings.tolerances().headlineFewer();
        signed.headlines().forEach((check, count) -> {
            Long today = now.get(check);
            if (today != null && count - today > fewer) {
                unmet.add(signed.headlineName(check) + ": " + today + " in legacy now, " + count + " in the report signed for dry run "
                        + dryRunId + " (" + (count - today) + " fewer; the tolerance is " + fewer + " fewer)");
            }
        });
    }

    private static boolean differsTooMuch(long signed, long today, double percent) {
        return signed == 0 ? today != 0 : Math.abs(today - signed) * 100.0 / signed > percent;
    }

    private static String change(long signed, long today) {
        return signed == 0 ? "+" + today + " rows" : String.format(Locale.ROOT, "%+.1f %%", (today - signed) * 100.0 / signed);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
