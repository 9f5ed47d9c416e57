package org.switchover.testing;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a target holds, in comparable form: a checksum per csc table, and one run's recorded counts. */
public final class TargetSnapshot {
    private TargetSnapshot() {
    }

    /** Table name to "rows:md5" over every row of every csc table. */
    public static Map<String, String> checksums(ConnectionSpec target) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = Databases.connect(target); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(SqlResource.load("sql/cutover/csc_tables.sql").text())) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            String checksum = SqlResource.load("sql/dryrun/table_checksum.sql").text();
            for (String table : tables) {
                try (ResultSet row = statement.executeQuery(checksum.replace("{table}", table))) {
                    row.next();
                    sums.put(table, row.getLong(1) + ":" + row.getString(2));
                }
            }
        }
        return sums;
    }

    /** One run's per-mapping counts, rule rows and reject/lossy totals, as sorted text lines. */
    public static List<String> runCounts(ConnectionSpec target, long runId) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = Databases.connect(target);
             PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/cutover/run_counts.sql").text())) {
            for (int i = 1; i <= 4; i++) {
                statement.setLong(i, runId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
        return lines;
    }

    /**
     * The latest run: id, status, times resumed, mappings with a checkpoint, legacy rows committed so far, and mappings read
     * in key ranges that are part-way (some chunks committed, not finished).
     */
    public record LatestRun(long runId, String status, int resumed, long checkpoints, long rowsRead, long splitPartWay) {
    }

    public static LatestRun latestRun(ConnectionSpec target) throws SQLException {
        try (Connection connection = Databases.connect(target); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(SqlResource.load("sql/cutover/latest_run.sql").text())) {
            return row.next() ? new LatestRun(row.getLong(1), row.getString(2), row.getInt(3), row.getLong(4), row.getLong(5),
                    row.getLong(6)) : null;
        }
    }
}
