package org.switchover.run;

import org.switchover.extract.KeysetChunkReader;
import org.switchover.load.CopyLoader;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.TransformResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The steps of one run, per mapping: open (count, start reading), transform a chunk, commit a chunk,
 * finish, or fail. Plain Java: the Camel routes only call these methods in order, so every step can
 * be tested without Camel. Different mappings may call in from different threads.
 */
public final class MigrationJob {
    private final long runId;
    private final Map<String, MappingPlan> plans = new LinkedHashMap<>();
    private final DataSource legacy;
    private final DataSource target;
    private final EngineSettings settings;
    private final ProgressListener listener;
    private final RunRecorder recorder;
    private final ChunkCommitter committer;
    private final Map<String, MappingTally> tallies = new ConcurrentHashMap<>();
    private final Map<String, Long> totals = new ConcurrentHashMap<>();
    private final Map<String, KeysetChunkReader> readers = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Map<String, String> chunkLastKeys = new ConcurrentHashMap<>();
    private final ResumeState resume;
    private volatile String firstFailure;

    public MigrationJob(long runId, List<MappingPlan> plans, DataSource legacy, DataSource target,
                        EngineSettings settings, ProgressListener listener, RunRecorder recorder, CopyLoader loader) {
        this(runId, plans, legacy, target, settings, listener, recorder, loader, null);
    }

    /**
     * A job that continues an interrupted run when {@code resume} is given: finished mappings keep
     * their committed counts, unfinished ones restart after their checkpoint.
     */
    public MigrationJob(long runId, List<MappingPlan> plans, DataSource legacy, DataSource target,
                        EngineSettings settings, ProgressListener listener, RunRecorder recorder, CopyLoader loader,
                        ResumeState resume) {
        this.resume = resume == null ? new ResumeState(runId, Map.of()) : resume;
        this.runId = runId;
        plans.forEach(plan -> this.plans.put(plan.mappingId(), plan));
        this.legacy = legacy;
        this.target = target;
        this.settings = settings;
        this.listener = listener;
        this.recorder = recorder;
        this.committer = new ChunkCommitter(target, loader, recorder, runId);
        this.plans.values().stream().filter(plan -> this.resume.finished(plan.mappingId())).forEach(plan -> {
            MappingTally tally = new MappingTally(plan);
            tally.restore(this.resume.progress(plan.mappingId()));
            tallies.put(plan.mappingId(), tally);
        });
    }

    /** True when an earlier attempt of this run already finished the mapping: the engine skips it. */
    public boolean alreadyFinished(String mappingId) {
        return resume.finished(mappingId);
    }

    public long runId() {
        return runId;
    }

    /** Records the mapping's zero counts, counts the legacy rows, and returns the lazy chunk iterator. */
    public Iterator<SourceChunk> open(String mappingId) throws SQLException {
        MappingPlan plan = plan(mappingId);
        ResumeState.Progress progress = resume.progress(mappingId);
        MappingTally tally = new MappingTally(plan);
        if (progress == null) {
            try (Connection connection = target.getConnection()) {
                recorder.openMapping(connection, runId, plan);
            }
        } else {
            tally.restore(progress); // the counts row exists already and holds the committed chunks
        }
        tallies.put(mappingId, tally);
        long total;
        try (Connection connection = legacy.getConnection()) {
            total = KeysetChunkReader.countRows(connection, plan);
        }
        totals.put(mappingId, total);
        listener.mappingStarted(plan, total);
        KeysetChunkReader reader = progress == null
                ? new KeysetChunkReader(legacy.getConnection(), plan, settings.chunkRows())
                : new KeysetChunkReader(legacy.getConnection(), plan, settings.chunkRows(), progress.lastKey(), progress.chunks());
        readers.put(mappingId, reader);
        return reader;
    }

    /** Calls the mapping's transformer on one chunk. */
    public TransformResult transform(String mappingId, SourceChunk chunk) {
        rememberLastKey(mappingId, chunk);
        TransformResult result = plan(mappingId).transformer().transform(chunk);
        return Objects.requireNonNull(result, () -> "the transformer of mapping " + mappingId + " returned null for chunk "
                + chunk.chunkNumber());
    }

    /** Loads and records one transformed chunk in one transaction. */
    public ChunkOutcome commit(String mappingId, long chunkNumber, TransformResult result) throws SQLException {
        MappingPlan plan = plan(mappingId);
        String lastKey = chunkLastKeys.remove(mappingId + "#" + chunkNumber);
        ChunkOutcome outcome = committer.commit(plan, chunkNumber, result, lastKey);
        MappingTally tally = tallies.get(mappingId);
        tally.add(outcome);
        listener.chunkDone(plan, tally.read(), totals.getOrDefault(mappingId, 0L));
        return outcome;
    }

    /** Records the mapping's time and tells the listener; a mapping that failed is only closed. */
    public void finish(String mappingId) throws SQLException {
        closeReader(mappingId);
        if (failures.containsKey(mappingId)) {
            return;
        }
        MappingCounts counts = tallies.get(mappingId).counts();
        try (Connection connection = target.getConnection()) {
            recorder.finishMapping(connection, runId, mappingId, counts.seconds());
        }
        listener.mappingFinished(counts);
    }

    /** Notes a mapping's failure; the first failure of the run is the one the run records. */
    public void fail(String mappingId, Throwable cause) {
        closeReader(mappingId);
        MappingPlan plan = plans.get(mappingId);
        String where = plan == null ? "mapping " + mappingId
                : "mapping " + mappingId + " (" + plan.legacyTable() + " -> " + plan.targetTable() + ")";
        String text = where + ": " + describe(cause);
        if (failures.putIfAbsent(mappingId, text) == null) {
            synchronized (this) {
                if (firstFailure == null) {
                    firstFailure = text;
                }
            }
        }
    }

    public boolean failed() {
        return firstFailure != null;
    }

    /** The first failure's text, or null. */
    public String failure() {
        return firstFailure;
    }

    /** Counts of every mapping that started, in plan order. */
    public List<MappingCounts> counts() {
        List<MappingCounts> counts = new ArrayList<>();
        plans.keySet().forEach(id -> {
            MappingTally tally = tallies.get(id);
            if (tally != null) {
                counts.add(tally.counts());
            }
        });
        return counts;
    }

    /** Releases every legacy connection still held by a reader. */
    public void closeAll() {
        List.copyOf(readers.keySet()).forEach(this::closeReader);
    }

    private void closeReader(String mappingId) {
        KeysetChunkReader reader = readers.remove(mappingId);
        if (reader != null) {
            reader.close();
        }
    }

    /** The chunk's last key becomes the mapping's checkpoint when the chunk commits. */
    private void rememberLastKey(String mappingId, SourceChunk chunk) {
        if (chunk.rows().isEmpty()) {
            return;
        }
        int keyIndex = chunk.columns().indexOf(plan(mappingId).keyColumn());
        if (keyIndex >= 0) {
            chunkLastKeys.put(mappingId + "#" + chunk.chunkNumber(), chunk.rows().get(chunk.size() - 1)[keyIndex]);
        }
    }

    private MappingPlan plan(String mappingId) {
        MappingPlan plan = plans.get(mappingId);
        if (plan == null) {
            throw new IllegalArgumentException("no mapping " + mappingId + " in run " + runId);
        }
        return plan;
    }

    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().lines().findFirst().orElse(""));
            }
        }
        return text.toString();
    }
}
