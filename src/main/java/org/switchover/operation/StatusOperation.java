package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.cutover.StatusReport;
import org.switchover.db.Databases;
import org.switchover.ledger.LedgerCheck;
import org.switchover.ledger.LedgerStore;
import org.switchover.purge.Purge;
import org.switchover.run.LatestLoadInCsc;
import org.switchover.signoff.SignOffPolicy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * `status`: the ledger's check (and, with {@code ledgerCopy}, its comparison with an exported copy), whether the target is
 * production, then every run with its verdict and sign-offs (lapsed ones say why).
 */
public record StatusOperation(SwitchoverSettings settings, Path ledgerCopy) {
    public StatusResult run() {
        settings.require(Need.TARGET_DATABASE);
        String hash = Inputs.mappingHashOnMigratedTarget(settings);
        LedgerStore store = new LedgerStore(settings.target());
        LedgerCheck ledger = store.check();
        List<String> lines = new ArrayList<>(StatusReport.lines(settings.target(), hash, SignOffPolicy.of(settings), ledger));
        boolean intact = ledger.intact();
        if (ledgerCopy != null) {
            List<String> differences = store.compareWith(ledgerCopy);
            intact &= differences.isEmpty();
            lines.add(1, differences.isEmpty() ? "ledger copy " + ledgerCopy + ": every entry matches the database"
                    : "ledger copy " + ledgerCopy + ": DIFFERS at " + differences.get(0)
                    + (differences.size() > 1 ? " (and " + (differences.size() - 1) + " more)" : ""));
        }
        try (Connection connection = Databases.connect(settings.target())) {
            // csc changed by hand since the latest full load: what sign-off, exception and the gate would refuse, said first
            List<String> changed = LatestLoadInCsc.warnings(connection);
            for (int i = changed.size() - 1; i >= 0; i--) {
                lines.add(1, "WARNING: " + changed.get(i));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read what changed in csc on " + settings.target().identity() + ": " + e.getMessage(), e);
        }
        new Purge(settings.target()).rawValuesOlderThan(settings.retentionDays()).ifPresent(oldest -> lines.add(1,
                "WARNING: this production target still holds raw personal values (rejected rows, lossy conversions) of runs started "
                        + "more than retentionDays " + settings.retentionDays() + " days ago (the oldest " + oldest.toLocalDate()
                        + "): run `switchover purge --after-cutover`"));
        return new StatusResult(lines, intact);
    }
}
