package org.switchover.run;

import org.switchover.db.SqlResource;
import org.switchover.extract.KeyRange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far an interrupted run got, read back from its committed records: per mapping the counts, the
 * rules behind them, whether it finished, the key ranges it was split into, and per range the last key
 * committed. Because each chunk's rows, counts and checkpoint commit in one transaction, this is exactly
 * what is in the target.
 */
public record ResumeState(long runId, Map<String, Progress> mappings) {

    /** One key range's committed progress: its last key and how many of its chunks committed. */
    public record Checkpoint(String lastKey, long chunks) {
    }

    /**
     * One mapping's committed progress. {@code ranges} are the key ranges recorded for it (empty: read as one
     * stream, range 0); {@code checkpoints} hold, per range number, the last committed key (none: nothing committed).
     */
    public record Progress(String mappingId, long read, long loaded, long excluded, long rejected, boolean finished,
                           List<KeyRange> ranges, Map<Integer, Checkpoint> checkpoints, Map<String, Long> excludedByRule,
                           Map<String, Long> rejectedByReason) {
        public Progress {
            ranges = List.copyOf(ranges);
            checkpoints = Map.copyOf(checkpoints);
        }

        /** A mapping read as one stream, its checkpoint {@code lastKey} after {@code chunks} chunks (null: none yet). */
        public Progress(String mappingId, long read, long loaded, long excluded, long rejected, boolean finished,
                        String lastKey, long chunks, Map<String, Long> excludedByRule, Map<String, Long> rejectedByReason) {
            this(mappingId, read, loaded, excluded, rejected, finished, List.of(),
                    lastKey == null ? Map.of() : Map.of(0, new Checkpoint(lastKey, chunks)), excludedByRule, rejectedByReason);
        }

        /** The checkpoint of range {@code range}, or null when none of its chunks committed. */
        public Checkpoint checkpoint(int range) {
            return checkpoints.get(range);
        }

        /** The last key committed in range 0 (the whole table when it was not split), or null. */
        public String lastKey() {
            Checkpoint checkpoint = checkpoint(0);
            return checkpoint == null ? null : checkpoint.lastKey();
        }

        /** Chunks committed in range 0. */
        public long chunks() {
            Checkpoint checkpoint = checkpoint(0);
            return checkpoint == null ? 0 : checkpoint.chunks();
        }
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
        Map<String, Map<Integer, Checkpoint>> checkpoints = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("resume_checkpoints"))) {
            statement.setLong(1, runId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    checkpoints.computeIfAbsent(rows.getString(1), k -> new HashMap<>())
                            .put(rows.getInt(2), new Checkpoint(rows.getString(3), rows.getLong(4)));
                }
            }
        }
        Map<String, List<KeyRange>> ranges = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("resume_key_ranges"))) {
            statement.setLong(1, runId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ranges.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                            .add(new KeyRange(rows.getInt(2), rows.getString(3), rows.getString(4)));
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
                            rows.getBigDecimal(6) != null, ranges.getOrDefault(id, List.of()), checkpoints.getOrDefault(id, Map.of()),
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
