package org.switchover.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.switchover.db.SqlResource;
import org.switchover.extract.KeyRange;
import org.switchover.load.CopyLoader;
import org.switchover.load.CopyMark;
import org.switchover.fingerprint.LegacyServer;
import org.switchover.pipeline.ExclusionRecord;
import org.switchover.pipeline.LossyRecord;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.RejectRecord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the migration schema's record of a run: the run row, per-mapping counts and rules, rejects
 * and lossy conversions. It never commits: {@link #recordChunk} runs inside the chunk's own
 * transaction, so a chunk's target rows and its records are committed together or not at all.
 */
public final class RunRecorder {
    static final String OUTCOME_EXCLUDED = "excluded";
    static final String OUTCOME_REJECTED = "rejected";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String startRun = sql("start_run");
    private final String finishRun = sql("finish_run");
    private final String openMapping = sql("open_mapping");
    private final String addChunkCounts = sql("add_chunk_counts");
    private final String addRuleRows = sql("add_rule_rows");
    private final String finishMapping = sql("finish_mapping");
    private final String copyRejects = sql("copy_rejects");
    private final String copyLossy = sql("copy_lossy");
    private final String saveCheckpoint = sql("save_checkpoint");
    private final String reopenRun = sql("reopen_run");
    private final String setLegacyStarted = sql("set_legacy_started");
    private final String setLegacyServer = sql("set_legacy_server");
    private final String copyExclusions = sql("copy_exclusions");
    private final String recordKeyRange = sql("record_key_range");
    private final String addCopyMark = sql("add_copy_mark");

    /** Inserts a RUNNING run and returns its run_id. */
    public long startRun(Connection connection, RunDescription run) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(startRun)) {
            statement.setString(1, run.kind().text());
            statement.setString(2, run.legacyIdentity());
            statement.setString(3, run.targetIdentity());
            statement.setString(4, run.mappingHash());
            statement.setString(5, run.toolkitVersion());
            statement.setDate(6, run.asOf() == null ? null : Date.valueOf(run.asOf()));
            try (ResultSet key = statement.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** Marks an interrupted run RUNNING again, keeping its id and everything it committed. */
    public void reopenRun(Connection connection, long runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(reopenRun)) {
            statement.setLong(1, runId);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("no run " + runId + " to resume");
            }
        }
    }

    /** Notes the legacy server's clock at the start of the run; a delta later takes rows updated after it. */
    public void setLegacyStarted(Connection connection, long runId, java.sql.Timestamp legacyNow) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(setLegacyStarted)) {
            statement.setTimestamp(1, legacyNow);
            statement.setLong(2, runId);
            statement.executeUpdate();
        }
    }

    /** Notes which legacy server and database the run reads, as the server names itself. */
    public void setLegacyServer(Connection connection, long runId, LegacyServer server) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(setLegacyServer)) {
            statement.setString(1, server.server());
            statement.setString(2, server.database());
            statement.setLong(3, runId);
            statement.executeUpdate();
        }
    }

    /** The mark of a COPY into {@code targetTable} for run {@code runId}, for {@link CopyMark}: see V15__copy_marks.sql. */
    public CopyMark copyMark(long runId, String targetTable) {
        return connection -> {
            try (PreparedStatement statement = connection.prepareStatement(addCopyMark)) {
                statement.setLong(1, runId);
                statement.setString(2, targetTable);
                statement.executeUpdate();
            }
        };
    }

    /** The mapping's last committed key; called inside the chunk's transaction, so it never runs ahead of the data. */
    public void saveCheckpoint(Connection connection, long runId, String mappingId, String lastKey) throws SQLException {
        saveCheckpoint(connection, runId, mappingId, 0, lastKey);
    }

    /** The last committed key of key range {@code range} of the mapping (0: a mapping read as one stream). */
    public void saveCheckpoint(Connection connection, long runId, String mappingId, int range, String lastKey) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(saveCheckpoint)) {
            statement.setLong(1, runId);
            statement.setString(2, mappingId);
            statement.setInt(3, range);
            statement.setString(4, lastKey);
            statement.executeUpdate();
        }
    }

    /** The key ranges a split mapping is read in, before its first chunk: a resumed run reads the same ones. */
    public void recordKeyRanges(Connection connection, long runId, String mappingId, List<KeyRange> ranges) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(recordKeyRange)) {
            for (KeyRange range : ranges) {
                statement.setLong(1, runId);
                statement.setString(2, mappingId);
                statement.setInt(3, range.number());
                statement.setString(4, range.afterKey());
                statement.setString(5, range.upToKey());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Ends the run; {@code failure} is null on success. */
    public void finishRun(Connection connection, long runId, RunStatus status, String failure) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(finishRun)) {
            statement.setString(1, status.name());
            statement.setString(2, failure);
            statement.setLong(3, runId);
            statement.executeUpdate();
        }
    }

    /** The mapping's counts row, at zero, before its first chunk. */
    public void openMapping(Connection connection, long runId, MappingPlan plan) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(openMapping)) {
            statement.setLong(1, runId);
            statement.setString(2, plan.mappingId());
            statement.setString(3, plan.legacyTable());
            statement.setString(4, plan.targetTable());
            statement.executeUpdate();
        }
    }

    /** Adds one chunk's counts, rule rows, rejects and lossy conversions; the caller commits. */
    public void recordChunk(Connection connection, long runId, ChunkOutcome outcome) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(addChunkCounts)) {
            statement.setLong(1, outcome.read());
            statement.setLong(2, outcome.loaded());
            statement.setLong(3, outcome.excluded());
            statement.setLong(4, outcome.rejected());
            statement.setLong(5, runId);
            statement.setString(6, outcome.mappingId());
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("run " + runId + " has no counts row for mapping "
                        + outcome.mappingId() + ": openMapping must come first");
            }
        }
        addRuleRows(connection, runId, outcome.mappingId(), OUTCOME_EXCLUDED, outcome.excludedByRule());
        addRuleRows(connection, runId, outcome.mappingId(), OUTCOME_REJECTED, outcome.rejectedByReason());
        insertRejects(connection, runId, outcome.rejects());
        insertLossy(connection, runId, outcome.lossy());
        insertExclusions(connection, runId, outcome.exclusions());
    }

    public void finishMapping(Connection connection, long runId, String mappingId, double seconds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(finishMapping)) {
            statement.setBigDecimal(1, BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP));
            statement.setLong(2, runId);
            statement.setString(3, mappingId);
            statement.executeUpdate();
        }
    }

    private void addRuleRows(Connection connection, long runId, String mappingId, String outcome,
                             Map<String, Long> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(addRuleRows)) {
            for (Map.Entry<String, Long> rule : rows.entrySet()) {
                statement.setLong(1, runId);
                statement.setString(2, mappingId);
                statement.setString(3, outcome);
                statement.setString(4, rule.getKey());
                statement.setLong(5, rule.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void insertRejects(Connection connection, long runId, List<RejectRecord> rejects) throws SQLException {
        List<Object[]> rows = new ArrayList<>(rejects.size());
        for (RejectRecord reject : rejects) {
            rows.add(new Object[] {runId, reject.legacyTable(), reject.targetTable(), reject.legacyKey(), reject.reason(),
                    visibleNul(reject.detail()), toJson(reject)});
        }
        // one COPY for a chunk's records instead of a statement per record: a chunk can hold thousands
        CopyLoader.copyRows(connection, copyRejects, rows);
    }

    private void insertExclusions(Connection connection, long runId, List<ExclusionRecord> exclusions) throws SQLException {
        List<Object[]> rows = new ArrayList<>(exclusions.size());
        for (ExclusionRecord record : exclusions) {
            rows.add(new Object[] {runId, record.legacyTable(), record.targetTable(), record.legacyKey(), record.rule(), record.units()});
        }
        CopyLoader.copyRows(connection, copyExclusions, rows);
    }

    private void insertLossy(Connection connection, long runId, List<LossyRecord> lossy) throws SQLException {
        List<Object[]> rows = new ArrayList<>(lossy.size());
        for (LossyRecord record : lossy) {
            rows.add(new Object[] {runId, record.legacyTable(), record.targetTable(), record.legacyKey(), record.column(),
                    record.kind().name(), visibleNul(record.rawValue())});
        }
        CopyLoader.copyRows(connection, copyLossy, rows);
    }

    /**
     * PostgreSQL text and jsonb cannot hold NUL, yet the raw value must be kept whole: each NUL is
     * written as the six characters backslash-u-0-0-0-0, which a reader can turn back.
     */
    static String visibleNul(String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "\\u0000");
    }

    private static String toJson(RejectRecord reject) {
        if (reject.rawValues() == null) {
            return null;
        }
        try {
            // sorted keys: the same reject gives the same text, whatever map the transformer built
            TreeMap<String, String> raw = new TreeMap<>();
            reject.rawValues().forEach((column, value) -> raw.put(column, visibleNul(value)));
            return JSON.writeValueAsString(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the raw values of a reject of " + reject.legacyTable()
                    + " key " + reject.legacyKey() + " as JSON", e);
        }
    }

    private static String sql(String name) {
        return SqlResource.load("sql/run/" + name + ".sql").statements().get(0);
    }
}
