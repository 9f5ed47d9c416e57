package org.switchover.reconcile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a data owner decided about one failing record (migration-rules.md, "Exceptions"). */
public enum Decision {
    /** The record will be entered by hand in the new system after go-live: a task in the runbook. */
    REKEY,
    /** The record is accepted as it is, with a reason. */
    ACCEPT,
    /** The legacy data will be fixed and a new dry run made: the record still fails until then. */
    FIX_IN_LEGACY;

    /** The word on the command line and in migration.exception: rekey, accept, fix-in-legacy. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the decision takes the record past its FAIL (ACCEPTED): rekey and accept do, fix-in-legacy does not. */
    public boolean covers() {
        return this != FIX_IN_LEGACY;
    }

    public static Optional<Decision> of(String word) {
        return Arrays.stream(values()).filter(d -> d.word().equals(word)).findFirst();
    }

    /** The words, in the order messages list them. */
    public static List<String> words() {
        return Arrays.stream(values()).map(Decision::word).toList();
    }
}
