package org.switchover.cutover;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.fingerprint.Fingerprint;
import org.switchover.fingerprint.FingerprintStore;
import org.switchover.fingerprint.Fingerprinter;
import org.switchover.fingerprint.TableFingerprint;
import org.switchover.mapping.MappingSet;
import org.switchover.preflight.Preflight;
import org.switchover.schema.TargetSchema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * `switchover freeze`, run when legacy is made read-only: fingerprints every legacy table the mappings read (rows
 * and a content hash per key range, computed on the legacy server) and records it in migration. The final load
 * refuses unless legacy still matches it, before and after it loads.
 */
public final class Freeze {
    static final String COMMAND = "freeze";

    private final ConnectionSpec legacy;
    private final ConnectionSpec target;
    private final MappingSet mappings;

    public Freeze(ConnectionSpec legacy, ConnectionSpec target, MappingSet mappings) {
        this.legacy = legacy;
        this.target = target;
        this.mappings = mappings;
    }

    public FreezeResult run() {
        new Preflight(legacy, target, mappings).checkLegacySchema("freeze");
        TargetSchema.migrate(target, mappings.project());
        Fingerprint taken = new Fingerprinter(legacy).take(Fingerprinter.tablesOf(mappings), null);
        Fingerprint saved;
        try (Connection connection = Databases.connect(target)) {
            saved = FingerprintStore.save(connection, taken, FingerprintStore.FREEZE, null);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the freeze in " + target.identity() + ": " + e.getMessage(), e);
        }
        List<FreezeResult.Table> tables = saved.tables().values().stream().map(Freeze::table).toList();
        FreezeResult result = new FreezeResult(saved.id(), saved.server().identity(), saved.legacyClock().toLocalDateTime(), tables,
                saved.seconds());
        new CutoverEvents(target, COMMAND).record(null, "recorded", "fingerprint " + saved.id() + " of " + result.legacyIdentity()
                + " at legacy clock " + result.legacyClock() + ": " + result.rows() + " rows in " + tables.size() + " tables");
        return result;
    }

    private static FreezeResult.Table table(TableFingerprint table) {
        return new FreezeResult.Table(table.table(), table.rowCount(), table.buckets().size(), table.bucketing().text());
    }
}
