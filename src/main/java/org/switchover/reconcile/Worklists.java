package org.switchover.reconcile;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.files.CsvLineWriter;
import org.switchover.files.CsvTable;
import org.switchover.files.PrivateFiles;
import org.switchover.mapping.MappingFile;
import org.switchover.mapping.MappingSet;
import org.switchover.mapping.PersonMapping;
import org.switchover.extract.LegacyIdentifiers;
import org.switchover.load.TargetIdentifiers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The engineers' worklists in the report directory: rejects.csv (every reject of the run: table, key, legacy
 * reference, reason, the column that made it and its raw value) and unmapped.csv (every unmapped legacy value with its
 * code map file and target column, its rows and some children carrying it). Children by legacy reference only.
 */
final class Worklists {
    static final String REJECTS_FILE = "rejects.csv";
    static final String UNMAPPED_FILE = "unmapped.csv";
    private static final List<String> REJECT_COLUMNS = List.of("targetTable", "legacyTable", "key", "legacyRef", "reason", "column",
            "rawValue");
    /** The rejects query's column for each of {@link #REJECT_COLUMNS}, in order. */
    private static final List<String> REJECT_SOURCES = List.of("target_table", "legacy_table", "legacy_key", "legacy_ref", "reason",
            "column_name", "raw_value");
    private static final List<String> UNMAPPED_COLUMNS = List.of("codeMap", "targetTable", "targetColumn", "legacyTable",
            "legacyColumn", "legacyValue", "rows", "sampleLegacyRefs");

    private Worklists() {
    }

    /**
     * Starts writing the worklists on a thread and a target connection of their own. They read only what the run
     * recorded, never a check's result, so they are written while the report files are (at scale 5 the two took 1.3 s
     * and 2.3 s one after the other, with a core to spare during each).
     */
    static Writing writeBeside(ConnectionSpec target, long runId, MappingSet mappings, Path reportDir) {
        return new Writing(new FutureTask<>(() -> {
            // read-only: the worklists only read what the run recorded, as the checks' sessions do (PairedWorkers)
            try (Connection connection = Databases.connectReadOnly(target)) {
                write(connection, runId, mappings, reportDir);
            }
            return null;
        }));
    }

    /** Worklists being written beside the report files: {@link #finish} waits and reports their failure. */
    static final class Writing implements AutoCloseable {
        private final FutureTask<Void> task;

        private Writing(FutureTask<Void> task) {
            this.task = task;
            Thread thread = new Thread(task, "worklists");
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits until both lists are written; a failure to write them is the reconciliation's failure, as it was before. */
        void finish() throws SQLException {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReconciliationException("interrupted while the worklists were written", e);
            } catch (ExecutionException e) {
                throw ReconciliationException.rethrowCause(e, "cannot write the worklists");
            }
        }

        /** Whether the thread has finished, written or failed (for tests). */
        boolean done() {
            return task.isDone();
        }

        /**
         * Waits for the thread whatever happened, so that nothing writes into the report directory once the reconciliation
         * has returned or failed; a failure here is already the caller's through {@link #finish}, or comes second to the
         * one the caller is failing with.
         */
        @Override
        public void close() {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException secondary) {
                // reported by finish, or behind the caller's own failure
            }
        }
    }

    static void write(Connection target, long runId, MappingSet mappings, Path reportDir) throws SQLException {
        Map<String, String> person = personValues(mappings);
        // written as it is read: at scale 5 the run's rejects run to 10 MB of text
        try (PreparedStatement query = prepare(target, "rejects_worklist", runId, person); ResultSet rs = query.executeQuery()) {
            CsvLineWriter.writeFile(reportDir.resolve(REJECTS_FILE), out -> {
                out.line(REJECT_COLUMNS);
                while (rs.next()) {
                    for (String column : REJECT_SOURCES) {
                        out.cell(rs.getString(column));
                    }
                    out.endLine();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the worklists in " + reportDir + ": " + e.getMessage(), e);
        }
        List<List<String>> unmapped = new ArrayList<>();
        try (PreparedStatement query = prepare(target, "unmapped_worklist", runId, person); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                String[] place = codeMapOf(mappings, rs.getString("target_table"), rs.getString("column_name"));
                Array samples = rs.getArray("samples");
                unmapped.add(Arrays.asList(place[0], rs.getString("target_table"), place[1], rs.getString("legacy_table"),
                        rs.getString("column_name"), rs.getString("raw_value"), String.valueOf(rs.getLong("n")),
                        String.join(" ", (String[]) samples.getArray())));
            }
        }
        try {
            PrivateFiles.writeString(reportDir.resolve(UNMAPPED_FILE), CsvTable.text(UNMAPPED_COLUMNS, unmapped));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the worklists in " + reportDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The code map file and the target column a legacy column's values go through in the mapping of {@code targetTable}:
     * a column with {@code codes:}, or the exploded list; empty when no code map is involved (a flag transform).
     */
    static String[] codeMapOf(MappingSet mappings, String targetTable, String legacyColumn) {
        for (MappingFile file : mappings.files()) {
            if (!file.target().equals(targetTable)) {
                continue;
            }
            if (file.explode() != null && file.explode().from().equals(legacyColumn) && file.explode().codes() != null) {
                return new String[] {codeFile(mappings, file.explode().codes()), Crosswalks.explodedColumn(file)};
            }
            for (MappingFile.ColumnSpec column : file.columns().values()) {
                if (column.codes() != null && column.from() != null && column.from().contains(legacyColumn)) {
                    return new String[] {codeFile(mappings, column.codes()), column.target()};
                }
            }
            for (MappingFile.ColumnSpec column : file.columns().values()) {
                if (column.from() != null && column.from().contains(legacyColumn)) {
                    return new String[] {null, column.target()};
                }
            }
        }
        return new String[] {null, null};
    }

    private static String codeFile(MappingSet mappings, String codes) {
        return mappings.directory().resolve(MappingSet.CODES_DIRECTORY).resolve(codes + ".yml").toString();
    }

    /**
     * The declared person, as the worklists' SQL names it: its target rows (key, reference) and its legacy table, key and
     * reference column; no person declared gives no rows and names nothing. Every name is checked as an identifier.
     */
    static Map<String, String> personValues(MappingSet mappings) {
        PersonMapping person = mappings.person().orElse(null);
        Map<String, String> values = new LinkedHashMap<>();
        if (person == null || person.targetKey() == null || person.targetReference() == null) {
            values.put("personRows", SqlResource.load("sql/reconcile/no_person_refs.sql").statements().get(0));
            values.put("personLegacyTable", "");
            values.put("personLegacyKey", "");
            values.put("personLegacyRef", "");
            return values;
        }
        values.put("personRows", SqlResource.load("sql/reconcile/person_refs.sql").statements().get(0)
                .replace("{personTable}", TargetIdentifiers.quote(person.targetTable(), "table"))
                .replace("{personKey}", TargetIdentifiers.quote(person.targetKey(), "column of " + person.targetTable()))
                .replace("{personRef}", TargetIdentifiers.quote(person.targetReference(), "column of " + person.targetTable())));
        values.put("personLegacyTable", LegacyIdentifiers.plain(person.legacyTable(), "table"));
        values.put("personLegacyKey", LegacyIdentifiers.plain(person.legacyKey(), "column"));
        String reference = mappings.files().stream().filter(MappingFile::isPerson).findFirst().map(MappingFile::reference).orElse(null);
        values.put("personLegacyRef", reference == null ? "" : LegacyIdentifiers.plain(reference, "column"));
        return values;
    }

    private static PreparedStatement prepare(Connection target, String name, long runId, Map<String, String> person) throws SQLException {
        String sql = SqlResource.load("sql/reconcile/" + name + ".sql").text();
        for (Map.Entry<String, String> value : person.entrySet()) {
            sql = sql.replace("{" + value.getKey() + "}", value.getValue());
        }
        PreparedStatement statement = target.prepareStatement(sql);
        statement.setLong(1, runId);
        return statement;
    }
}
