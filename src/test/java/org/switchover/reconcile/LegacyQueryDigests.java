package org.switchover.reconcile;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import org.switchover.db.Databases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Not a test: proves that a rewrite of the checks' legacy SQL changes no answer, and measures what it costs
 * (bench/legacy-digests.sh runs it once per checks directory). Fills every check's legacy query as a reconciliation
 * does, then runs each one after another on one legacy session, building the shared sets it reads as the read-ahead
 * does, and prints one line per query: label, rows, the MD5 of its rows sorted (so a plan that returns them in another
 * order is the same answer), the query's milliseconds and those of the shared sets it built first.
 * Arguments: legacy URL, checks directory, as-of date, mappings directory (user from SWITCHOVER_LEGACY_USER, else root).
 */
public final class LegacyQueryDigests {
    private LegacyQueryDigests() {
    }

    public static void main(String[] args) throws SQLException, NoSuchAlgorithmException {
        String user = System.getenv().getOrDefault("SWITCHOVER_LEGACY_USER", "root");
        ConnectionSpec legacy = ConnectionSpec.fromEnvironment(DatabaseRole.LEGACY, args[0], user);
        Path checks = Path.of(args[1]);
        LocalDate asOf = LocalDate.parse(args[2]);
        // the target is never opened: the legacy queries are filled from the checks and the mappings alone
        Reconciliation reconciliation = new Reconciliation(legacy, null, checks, null, asOf, asOf, null).mappings(Path.of(args[3]));
        try (Connection session = Databases.connect(legacy)) {
            for (LegacyAhead.Query query : reconciliation.legacyQueries(asOf)) {
                long started = System.nanoTime();
                SharedSet.ensure(session, query.shared());
                long built = System.nanoTime();
                List<String> rows = rows(session, query.sql());
                long ran = System.nanoTime();
                System.out.printf("%s\t%d\t%s\t%d\t%d%n", query.label().replace(checks + "/", ""), rows.size(), digest(rows),
                        (ran - built) / 1_000_000, (built - started) / 1_000_000);
            }
        }
    }

    private static List<String> rows(Connection session, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = session.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(result.getString(i)).append('\t');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static String digest(List<String> rows) throws NoSuchAlgorithmException {
        Collections.sort(rows);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        rows.forEach(row -> md5.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(md5.digest());
    }
}
