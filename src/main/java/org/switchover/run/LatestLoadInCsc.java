package org.switchover.run;

import org.switchover.schema.CscPersistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Whether csc still holds what the latest full dry run loaded, as its report counted it: no scratch run has replaced it
 * and no crash recovery has emptied it since. Sign-off, an exception and the final-load gate each ask here, so that
 * they refuse for the same reasons.
 */
public final class LatestLoadInCsc {
    /** No scratch run is allowed to hold csc. */
    public static final long NO_RUN = -1;

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
        return refusals;
    }
}
