package org.switchover.history;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one run left in the target's migration schema, as the diff compares it: counts per mapping, each check of its
 * latest reconciliation and the verdict, its unmapped values with their rows, and its rejects. Read from the records,
 * not from report files, so two runs compare even when a report directory was moved.
 */
public record RunSnapshot(long runId, String kind, String mappingHash, String verdict, Map<String, long[]> tables,
                   Map<String, CheckFigures> checks, Map<String, Long> unmapped, Set<String> rejects,
                   Map<String, Mapped> crosswalkValues, Map<String, CodeRows> crosswalkCodes) {
    /** A check's status and both counts (legacy null when it has no legacy side). */
    public record CheckFigures(String status, Long legacy, Long target) {
    }

    /** A crosswalk's legacy value ("ethnicity: client.ethnic_cd -> ssd_person.pers_ethnicity 'B1'"): its code (null: none) and rows. */
    public record Mapped(String code, long rows) {
    }

    /** A crosswalk's census code ("… MWBC"): the legacy rows whose values map to it and the target's rows. */
    public record CodeRows(long legacy, long target) {
    }

    /** The run, or an {@link IllegalArgumentException} naming it when the target has no such run. */
    public static RunSnapshot read(Connection target, long runId) throws SQLException {
        String kind;
        String mappingHash;
        try (ResultSet run = query(target, "run", runId)) {
            if (!run.next()) {
                throw new IllegalArgumentException("no run " + runId + " in migration.run");
            }
            kind = run.getString("kind");
            mappingHash = run.getString("mapping_hash");
        }
        Map<String, long[]> tables = new LinkedHashMap<>();
        try (ResultSet rs = query(target, "run_tables", runId)) {
            while (rs.next()) {
                tables.put(rs.getString("legacy_table") + " -> " + rs.getString("target_table"), new long[] {rs.getLong("read"),
                        rs.getLong("loaded"), rs.getLong("excluded"), rs.getLong("rejected")});
            }
        }
        Map<String, CheckFigures> checks = new LinkedHashMap<>();
        String verdict = null;
        try (ResultSet rs = query(target, "checks", runId)) {
            while (rs.next()) {
                long legacy = rs.getLong("legacy_count");
                Long legacyCount = rs.wasNull() ? null : legacy;
                checks.put(rs.getString("check_id"), new CheckFigures(rs.getString("status"), legacyCount, rs.getLong("target_count")));
                verdict = rs.getString("verdict");
            }
        }
        Map<String, Long> unmapped = new LinkedHashMap<>();
        try (ResultSet rs = query(target, "unmapped", runId)) {
            while (rs.next()) {
                unmapped.put(rs.getString("place") + " '" + rs.getString("raw_value") + "'", rs.getLong("n"));
            }
        }
        Set<String> rejects = new LinkedHashSet<>();
        try (ResultSet rs = query(target, "rejects", runId)) {
            while (rs.next()) {
                rejects.add(rs.getString("target_table") + " " + rs.getString("legacy_key") + " " + rs.getString("reason"));
            }
        }
        Map<String, Mapped> crosswalkValues = new LinkedHashMap<>();
        Map<String, CodeRows> crosswalkCodes = new LinkedHashMap<>();
        try (ResultSet rs = query(target, "crosswalk", runId)) {
            while (rs.next()) {
                String value = rs.getString("legacy_value");
                if (value != null) {
                    crosswalkValues.put(rs.getString("place") + " '" + value + "'", new Mapped(rs.getString("code"), rs.getLong("legacy_rows")));
                } else {
                    crosswalkCodes.put(rs.getString("place") + " " + rs.getString("code"), new CodeRows(rs.getLong("legacy_rows"),
                            rs.getLong("target_rows")));
                }
            }
        }
        return new RunSnapshot(runId, kind, mappingHash, verdict, tables, checks, unmapped, rejects, crosswalkValues, crosswalkCodes);
    }

    private static ResultSet query(Connection target, String name, long runId) throws SQLException {
        PreparedStatement statement = target.prepareStatement(SqlResource.load("sql/history/" + name + ".sql").text());
        statement.setLong(1, runId);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }
}
