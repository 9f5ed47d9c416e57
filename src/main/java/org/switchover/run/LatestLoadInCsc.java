package org.switchover.run;

import org.switchover.db.SqlResource;
import org.switchover.schema.CscPersistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Whether csc still holds what the latest full dry run loaded, as its report counted it: no scratch run has replaced it,
 * no crash recovery has emptied it, no csc table's row count has changed since its latest reconciliation, and no csc
 * table has been written since its load ended ({@link CscWrites}). Sign-off, an exception and the final-load gate each
 * ask here, so that they refuse for the same reasons.
 */
public final class LatestLoadInCsc {
    /** No scratch run is allowed to hold csc. */
    public static final long NO_RUN = -1;
    private static final String CHANGED_SINCE_RECONCILED = "sql/run/csc_changed_since_reconciled.sql";

    private LatestLoadInCsc() {
    }

    /**
     * Why nothing can be signed, decided or gated on the latest full dry run now, one line each; empty when csc holds it.
     *
     * @param allowedScratch a scratch run that is not held against it (a sign-off of that run's own report, refused for
     *                       being a scratch run already), or {@link #NO_RUN}
     */
    public static List<String> refusals(Connection target, long allowedScratch) throws SQLException {
        List<String> refusals = new ArrayList<>();
        OptionalLong scratch = ScratchRuns.inCsc(target);
        if (scratch.isPresent() && scratch.getAsLong() != allowedScratch) {
            refusals.add(ScratchRuns.refusal(scratch.getAsLong()));
        }
        if (CscPersistence.emptiedByCrash(target)) {
            // as with a scratch run: an owner looking at csc, or at a child's records, would find them gone
            refusals.add("csc was " + CscPersistence.EMPTIED_BY_CRASH);
        }
        if (refusals.isEmpty()) {
            refusals.addAll(changedByHand(target));
        }
        return refusals;
    }

    /**
     * What {@code status} warns of: the refusals that a scratch run or a crash does not explain (csc tables changed since
     * the latest full load's reconciliation counted them or its load ended, or not watched); empty while a scratch run or
     * a crash explains csc, which status names in its own words.
     */
    public static List<String> warnings(Connection target) throws SQLException {
        if (ScratchRuns.inCsc(target).isPresent() || CscPersistence.emptiedByCrash(target)) {
            return List.of();
        }
        return changedByHand(target);
    }

    private static List<String> changedByHand(Connection target) throws SQLException {
        List<String> refusals = new ArrayList<>();
        // rows deleted from (or added to) csc by hand since the reconciliation: the report no longer describes csc
        Set<String> counted = new HashSet<>();
        try (Statement statement = target.createStatement();
             ResultSet changed = statement.executeQuery(SqlResource.load(CHANGED_SINCE_RECONCILED).text())) {
            while (changed.next()) {
                counted.add(changed.getString("table_name"));
                refusals.add("csc." + changed.getString("table_name") + " holds " + changed.getLong("now_count") + " rows, "
                        + changed.getLong("target_count") + " when reconciliation " + changed.getLong("reconciliation_id")
                        + " counted them: csc was changed after it was reconciled; no sign-off, exception or final load from it: "
                        + "run dry-run again");
            }
        }
        // and a row edited in place, which keeps every count: the note of writes since the run's load ended
        refusals.addAll(CscWrites.refusals(target, counted));
        return refusals;
    }
}
