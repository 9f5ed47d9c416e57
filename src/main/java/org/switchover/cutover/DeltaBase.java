package org.switchover.cutover;

import org.switchover.config.ConfigurationException;
import org.switchover.db.SqlResource;
import org.switchover.fingerprint.Fingerprint;
import org.switchover.fingerprint.FingerprintStore;
import org.switchover.fingerprint.LegacyServer;
import org.switchover.run.RunKind;
import org.switchover.run.RunStatus;
import org.switchover.schema.CscPersistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * The load a delta starts from, checked: it succeeded, it is what the target holds now (the latest run that changed
 * it), it ran the current mapping set on this legacy database, and it recorded the legacy clock and the fingerprint
 * of what it read at its start. Otherwise the delta could not prove that it missed nothing, so it refuses (exit 2).
 *
 * @param since       the legacy clock at the base's start (whole seconds): rows updated from then on are re-read
 * @param fingerprint what the base read, per key range: ranges that differ now are re-read whatever their updated_dt
 */
record DeltaBase(long runId, Timestamp since, Fingerprint fingerprint) {

    static DeltaBase read(Connection target, long runId, String mappingHash, LegacyServer legacy) throws SQLException {
        String option = "--since " + runId + ": ";
        try (PreparedStatement statement = target.prepareStatement(SqlResource.load("sql/delta/since_run.sql").statements().get(0))) {
            statement.setLong(1, runId);
            try (ResultSet run = statement.executeQuery()) {
                if (!run.next()) {
                    throw new ConfigurationException(option + "the target has no run " + runId);
                }
                if (!RunStatus.SUCCEEDED.name().equals(run.getString(2))) {
                    throw new ConfigurationException(option + "run " + runId + " is " + run.getString(2)
                            + "; a delta starts from a load that succeeded (resume it first)");
                }
                if (RunKind.SCRATCH.text().equals(run.getString(1))) {
                    throw new ConfigurationException(option + "run " + runId + " is a scratch run (dry-run --only): csc holds only part "
                            + "of the mappings, so a delta cannot continue from it; make a full load first");
                }
                if (run.getLong(7) != runId) {
                    throw new ConfigurationException(option + "the target holds what run " + run.getLong(7) + " loaded, not run " + runId
                            + "; a delta continues from the target as it is: give --since " + run.getLong(7));
                }
                if (CscPersistence.emptiedByCrash(target)) {
                    throw new ConfigurationException(option + "the target server has recovered from a crash since run " + runId
                            + " loaded, and " + CscPersistence.WHY_EMPTY + "; make a new full load");
                }
                if (!mappingHash.equals(run.getString(4))) {
                    throw new ConfigurationException(option + "run " + runId + " ran mapping set " + run.getString(4)
                            + ", the mappings now hash to " + mappingHash + "; make a new full load");
                }
                if (run.getTimestamp(3) == null || run.getString(5) == null) {
                    throw new ConfigurationException(option + "run " + runId
                            + " did not record the legacy clock and server at its start; make a new full load first");
                }
                LegacyServer read = new LegacyServer(run.getString(5), run.getString(6));
                if (!read.equals(legacy)) {
                    throw new ConfigurationException(option + "run " + runId + " read legacy " + read.identity() + ", this is "
                            + legacy.identity() + "; a delta reads the database its base read");
                }
                Fingerprint fingerprint = FingerprintStore.latest(target, FingerprintStore.RUN_START, runId).orElseThrow(() ->
                        new ConfigurationException(option + "run " + runId + " recorded no fingerprint of the legacy tables at its "
                                + "start (made before this version); make a new full load first"));
                return new DeltaBase(runId, run.getTimestamp(3), fingerprint);
            }
        }
    }
}
