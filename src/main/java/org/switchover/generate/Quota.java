package org.switchover.generate;

import java.util.SplittableRandom;

/**
 * Picks exactly round(rate x rows) of the next {@code rows} calls (at least one when the rate is above
 * zero), spread at random: selection sampling, so small scales still show every defect.
 */
final class Quota {
    private long picksLeft;
    private long rowsLeft;

    Quota(double rate, long rows) {
        this.rowsLeft = Math.max(0, rows);
        long picks = rate <= 0 || rows <= 0 ? 0 : Math.max(1, Math.round(rate * rows));
        this.picksLeft = Math.min(picks, rowsLeft);
    }

    /** Whether this row is one of the picked ones; call once per row. */
    boolean next(SplittableRandom random) {
        if (rowsLeft <= 0) {
            return false;
        }
        boolean pick = picksLeft > 0 && random.nextLong(rowsLeft) < picksLeft;
        rowsLeft--;
        if (pick) {
            picksLeft--;
        }
        return pick;
    }
}
