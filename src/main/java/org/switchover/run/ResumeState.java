package org.switchover.run;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far an interrupted run got, read back from its committed records: per mapping the counts, the
 * rules behind them, whether it finished, and the last key committed. Because each chunk's rows,
 * counts and checkpoint commit in one transaction, this is exactly what is in the target.
 */
public record ResumeState(long runId, Map<String, Progress> mappings) {

    /** One mapping's committed progress; {@code lastKey} is null when no chunk was committed. */
    public record Progress(String mappingId, long read, long loaded, long excluded, long rejected, boolean finished,
                           String lastKey, long chunks, Map<String, Long> excludedByRule,
                           Map<String, Long> rejectedByReason) {
    }

    public Progress progress(String mappingId) {
        return mappings.get(mappingId);
    }

    public boolean finished(String mappingId) {
        Progress progress = mappings.get(mappingId);
        return progress != null && progress.finished();
    }

    /** Reads the committed progress of run {@code runId}. */
    public static ResumeState load(Connection connection, long runId) throws SQLException {
        Map<String, Map<String, Long>> excluded = new HashMap<>();
        Map<String, Map<String, Long>> rejected = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("resume_rules"))) {
            statement.setLong(1, runId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Map<String, Map<String, Long>> target = RunRecorder.OUTCOME_EXCLUDED.equals(rows.getString(2)) ? excluded : rejected;
                    target.computeIfAbsent(rows.getString(1), k -> new TreeMap<>()).put(rows.getString(3), rows.getLong(4));
                }
            }
        }
        Map<String, Progress> mappings = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("resume_state"))) {
            statement.setLong(1, runId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    mappings.put(id, new Progress(id, rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                            rows.getBigDecimal(6) != null, rows.getString(7), rows.getLong(8),
                            excluded.getOrDefault(id, Map.of()), rejected.getOrDefault(id, Map.of())));
                }
            }
        }
        return new ResumeState(runId, Map.copyOf(mappings));
    }

    private static String sql(String name) {
        return SqlResource.load("sql/run/" + name + ".sql").statements().get(0);
    }
}
