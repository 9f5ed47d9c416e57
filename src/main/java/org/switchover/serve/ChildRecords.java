package org.switchover.serve;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.load.TargetIdentifiers;
import org.switchover.mapping.MappingFile;
import org.switchover.mapping.MappingSet;
import org.switchover.mapping.PersonMapping;
import org.switchover.mapping.References;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything the target knows about one child, found by legacy reference: the rows loaded into each mapping's target
 * table (the person mapping's row, and every row whose column is {@code ref: person}), the rows the run rejected and why,
 * and what the run's latest reconciliation found (not migrated, excluded, differing) with the owners' decisions. The
 * tables and columns come from the project's mappings; no name or date of birth is read.
 */
final class ChildRecords {
    record Child(String legacyRef, long runId, List<List<Object>> loaded, List<List<Object>> rejected, List<List<Object>> findings) {
        boolean known() {
            return !loaded.isEmpty() || !rejected.isEmpty() || !findings.isEmpty();
        }
    }

    private final ConnectionSpec target;
    private final MappingSet mappings;

    ChildRecords(ConnectionSpec target, MappingSet mappings) {
        this.target = target;
        this.mappings = mappings;
    }

    Child of(String legacyRef, long runId) {
        PersonMapping person = mappings.person().orElseThrow(() -> new Refusal(404, "The mappings declare no person (role: person)."));
        MappingFile personFile = mappings.files().stream().filter(MappingFile::isPerson).findFirst().orElseThrow();
        try (Connection connection = Databases.connect(target)) {
            List<List<Object>> found = rows(connection, template("child_person").replace("{table}", name(person.targetTable(), "table"))
                    .replace("{key}", name(person.targetKey(), "column")).replace("{reference}", name(person.targetReference(), "column")),
                    1, legacyRef);
            String personId = found.isEmpty() ? null : (String) found.get(0).get(0);
            List<List<Object>> loaded = new ArrayList<>();
            if (personId != null) {
                loaded.add(List.of(person.targetTable(), personId));
                for (MappingFile file : mappings.files()) {
                    loaded.addAll(rowsOf(connection, file, personId));
                }
            }
            return new Child(legacyRef, runId, loaded,
                    rows(connection, template("child_rejects"), 5, personId, person.legacyKey(), personFile.reference(), legacyRef, runId,
                            personFile.reference(), legacyRef, person.legacyKey()),
                    rows(connection, template("child_findings"), 8, runId, legacyRef));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the records of one child in " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    /** The rows of one mapping's table that refer to the person, named by the column its legacy key feeds. */
    private static List<List<Object>> rowsOf(Connection connection, MappingFile file, String personId) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        if (file.isPerson()) {
            return rows;
        }
        for (MappingFile.ColumnSpec column : file.columns().values()) {
            if (!References.PERSON.equals(column.ref())) {
                continue;
            }
            String key = file.legacyKeyColumn() != null ? file.legacyKeyColumn() : column.target();
            String sql = template("child_rows").replace("{table}", name(file.target(), "table")).replace("{key}", name(key, "column"))
                    .replace("{person}", name(column.target(), "column"));
            rows(connection, sql, 1, personId).forEach(row -> rows.add(List.of(file.target(), row.get(0))));
        }
        return rows;
    }

    private static String name(String identifier, String what) {
        return TargetIdentifiers.quote(identifier, what);
    }

    private static String template(String query) {
        return SqlResource.load("sql/serve/" + query + ".sql").statements().get(0);
    }

    private static List<List<Object>> rows(Connection connection, String sql, int columns, Object... parameters) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Object[] cells = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        cells[c] = row.getString(c + 1);
                    }
                    rows.add(Arrays.asList(cells));
                }
            }
        }
        return rows;
    }
}
