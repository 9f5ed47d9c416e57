package org.switchover.ledger;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The ledger of one target database: checked, compared with a copy, or exported, each on its own connection. */
public final class LedgerStore {
    private final ConnectionSpec target;

    public LedgerStore(ConnectionSpec target) {
        this.target = target;
    }

    /** The chain walked and every ledgered row compared with its entry ({@link Ledger#check}). */
    public LedgerCheck check() {
        return read(Ledger::check);
    }

    /** Where the database's chain departs from the copy in {@code file}; empty when every copied entry is there unchanged. */
    public List<String> compareWith(Path file) {
        List<LedgerEntry> copy = Ledger.readCopy(file);
        return Ledger.compare(read(Ledger::entries), copy, file);
    }

    /** Writes the chain to {@code file} (owner-only); returns the number of entries written. */
    public int export(Path file) {
        List<LedgerEntry> entries = read(Ledger::entries);
        try {
            return Ledger.export(entries, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ledger copy " + file + ": " + e.getMessage(), e);
        }
    }

    private <T> T read(Ledger.Work<T> work) {
        try (Connection connection = Databases.connect(target)) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the ledger of " + target.identity() + ": " + e.getMessage(), e);
        }
    }
}
