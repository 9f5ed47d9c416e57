package org.switchover.ledger;

import org.switchover.config.ConfigurationException;
import org.switchover.db.SqlResource;
import org.switchover.files.PrivateFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * migration.ledger: the writers append an entry for each reconciliation, exception, sign-off and event in the same
 * transaction as the row ({@link #append}); {@link #check} walks the chain and compares every entry with its row's
 * canonical content now (the view migration.ledger_content); {@link #compare} holds the database's chain against an
 * exported copy, which catches a chain recomputed after a rewrite.
 */
public final class Ledger {
    /** The advisory lock appends take, so entries are numbered without gaps: "ledger" in ASCII. */
    static final long APPEND_LOCK = 0x6c6564676572L;
    /** The first line of an exported copy. */
    static final String COPY_HEADER = "# switchover ledger: entry, kind, row, content sha256, previous sha256, entry sha256";

    private Ledger() {
    }

    /** A unit of work on one connection that {@link #inTransaction} commits or rolls back as a whole. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction: a row and its ledger entry are written together or not at all. */
    public static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Appends the entry of row {@code refId} of {@code kind}, written earlier in the connection's open transaction. */
    public static LedgerEntry append(Connection connection, String kind, long refId) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("a ledger entry is appended in the transaction that writes its row");
        }
        try (PreparedStatement lock = connection.prepareStatement(sql("lock"))) {
            lock.setLong(1, APPEND_LOCK);
            lock.execute();
        }
        LedgerEntry last = null;
        try (PreparedStatement statement = connection.prepareStatement(sql("last_entry")); ResultSet row = statement.executeQuery()) {
            if (row.next()) {
                last = new LedgerEntry(row.getLong(1), "", 0, "", "", row.getString(2));
            }
        }
        String content;
        try (PreparedStatement statement = connection.prepareStatement(sql("content_of"))) {
            statement.setString(1, kind);
            statement.setLong(2, refId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException(kind + " " + refId + " does not exist, so it cannot enter the ledger");
                }
                content = row.getString(1);
            }
        }
        LedgerEntry entry = LedgerEntry.after(last, kind, refId, content);
        try (PreparedStatement insert = connection.prepareStatement(sql("insert_entry"))) {
            insert.setLong(1, entry.entryId());
            insert.setString(2, entry.kind());
            insert.setLong(3, entry.refId());
            insert.setString(4, entry.contentSha256());
            insert.setString(5, entry.previousSha256());
            insert.setString(6, entry.entrySha256());
            insert.executeUpdate();
        }
        return entry;
    }

    /** The chain as the database holds it, in order. */
    public static List<LedgerEntry> entries(Connection connection) throws SQLException {
        List<LedgerEntry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("entries")); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                entries.add(new LedgerEntry(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                        rows.getString(5), rows.getString(6)));
            }
        }
        return entries;
    }

    /** Walks the chain and compares each entry with its row now; every row must have an entry. */
    public static LedgerCheck check(Connection connection) throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("contents")); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                contents.put(LedgerCheck.row(rows.getString(1), rows.getLong(2)), rows.getString(3));
            }
        }
        List<LedgerEntry> entries = entries(connection);
        List<String> problems = new ArrayList<>();
        Set<String> untrusted = new HashSet<>();
        String previous = LedgerEntry.GENESIS;
        long expectedId = 1;
        for (LedgerEntry entry : entries) {
            if (entry.entryId() != expectedId) {
                problems.add(entry.describe() + ": entries " + expectedId + " to " + (entry.entryId() - 1) + " are missing (deleted)");
            } else if (!entry.previousSha256().equals(previous)) {
                problems.add(entry.describe() + ": does not follow the entry before it (an entry was deleted or rewritten)");
            }
            if (!entry.sealed()) {
                problems.add(entry.describe() + ": its hash does not match its fields (the entry was rewritten)");
            }
            String row = LedgerCheck.row(entry.kind(), entry.refId());
            String content = contents.remove(row);
            if (content == null) {
                problems.add(row + " (" + entry.describe() + "): the row was deleted");
                untrusted.add(row);
            } else if (!LedgerEntry.sha256(content).equals(entry.contentSha256())) {
                problems.add(row + " (" + entry.describe() + "): the row was changed after it was recorded");
                untrusted.add(row);
            }
            previous = entry.entrySha256();
            expectedId = entry.entryId() + 1;
        }
        for (String row : contents.keySet()) {
            problems.add(row + ": not in the ledger (written outside the toolkit)");
            untrusted.add(row);
        }
        return new LedgerCheck(entries.size(), problems, untrusted);
    }

    /** Where the database's chain departs from an exported {@code copy}: every copied entry must still be there, unchanged. */
    public static List<String> compare(List<LedgerEntry> database, List<LedgerEntry> copy, Path copyFile) {
        Map<Long, LedgerEntry> byId = new TreeMap<>();
        database.forEach(e -> byId.put(e.entryId(), e));
        List<String> problems = new ArrayList<>();
        for (LedgerEntry kept : copy) {
            LedgerEntry now = byId.get(kept.entryId());
            if (now == null) {
                problems.add(kept.describe() + " of " + copyFile + " is missing from the database");
            } else if (!now.equals(kept)) {
                problems.add(now.describe() + " differs from " + copyFile + " (" + kept.describe() + "): history was rewritten"
                        + (now.contentSha256().equals(kept.contentSha256()) ? "" : ", the row's content changed"));
            }
        }
        return problems;
    }

    /** Writes the chain to {@code file}, owner-only; returns the number of entries. */
    public static int export(List<LedgerEntry> entries, Path file) throws IOException {
        StringBuilder text = new StringBuilder(COPY_HEADER).append('\n');
        entries.forEach(e -> text.append(e.line()).append('\n'));
        if (file.toAbsolutePath().getParent() != null) {
            PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
        }
        PrivateFiles.writeString(file, text);
        return entries.size();
    }

    /** Reads a copy written by {@link #export}; a missing file or a malformed line is named. */
    public static List<LedgerEntry> readCopy(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the ledger copy " + file + ": " + e.getMessage());
        }
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                entries.add(LedgerEntry.parse(lines.get(i), file, i + 1));
            }
        }
        return entries;
    }

    private static String sql(String name) {
        return SqlResource.load("sql/ledger/" + name + ".sql").statements().get(0);
    }
}
