package org.switchover.mapping;

import org.switchover.db.SqlResource;
import org.switchover.extract.LegacyIdentifiers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The mapping a file declares {@code role: person}: every {@code ref: person} resolves to its target table, and
 * its source names where legacy merges are recorded ({@code merged_into}, null when it declares none). Nothing
 * else in the toolkit knows which tables hold people. Its {@code source: reference} names the column reports identify a
 * child by; {@code targetReference} is the target column taken from it.
 */
public record PersonMapping(String mappingId, String targetTable, String legacyTable, String legacyKey, String mergedInto,
                            String targetKey, String targetReference) {
    /** The query template for {@link #mergesQuery()}. */
    static final String MERGES_SQL = "sql/lookup/person_merges.sql";

    static PersonMapping of(MappingFile file) {
        return new PersonMapping(file.id(), file.target(), file.sourceTable(), file.sourceKey(), file.mergedInto(),
                file.legacyKeyColumn(), fedBy(file, file.reference()));
    }

    /** The target column taken from {@code source} alone; null when the mapping has none or source is null. */
    private static String fedBy(MappingFile file, String source) {
        return source == null ? null : file.columns().values().stream().filter(c -> c.from().equals(java.util.List.of(source)))
                .map(MappingFile.ColumnSpec::target).findFirst().orElse(null);
    }

    /** Every legacy person's key and the key it was merged into (null for a survivor), read on {@code legacy}. */
    public Map<String, String> merges(Connection legacy) throws SQLException {
        Map<String, String> mergedInto = new KeyTextMap();
        try (Statement statement = legacy.createStatement(); ResultSet rows = statement.executeQuery(mergesQuery())) {
            while (rows.next()) {
                mergedInto.put(rows.getString(1), rows.getString(2));
            }
        }
        return mergedInto;
    }

    /** The merges query from the declared names. */
    String mergesQuery() {
        String table = LegacyIdentifiers.quote(legacyTable, "table");
        return SqlResource.load(MERGES_SQL).statements().get(0)
                .replace("{table}", table)
                .replace("{key}", LegacyIdentifiers.quote(legacyKey, "column of " + legacyTable))
                .replace("{merged_into}", mergedInto == null ? "NULL" : LegacyIdentifiers.quote(mergedInto, "column of " + legacyTable));
    }
}
