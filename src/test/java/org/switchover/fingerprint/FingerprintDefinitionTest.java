package org.switchover.fingerprint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.SqlResource;
import org.switchover.testing.Queries;
import org.switchover.testing.TestDatabases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The legacy server builds a row's hashed text more cheaply than its definition spells it (NOT NULL columns in one flat
 * CONCAT), and the fingerprint is still the definition's, bucket by bucket, for every kind of value; should a NOT NULL
 * column ever give NULL, the row is hashed by the definition rather than dropping out.
 */
@ExtendWith(TestDatabases.class)
class FingerprintDefinitionTest {
    @Test
    void everyRowIsHashedByTheDefinition(TestDatabases.LegacyDb legacyDb) throws Exception {
        // given hostile values in NOT NULL and nullable columns, and the 941-row and 300-row tables of the other tests
        ConnectionSpec legacy = legacyDb.spec();
        Queries.update(legacy, "sql/fingerprint-test/hostile_values.legacy.sql");
        Queries.update(legacy, "sql/fingerprint-test/split_tables.legacy.sql");
        Map<String, String> tables = Map.of("hostile_latin1", "id", "hostile_utf8", "code", "note", "note_id", "worker", "worker_cd");
        // when they are fingerprinted (the large one in parts of about 100 rows)
        Fingerprint fingerprint = new Fingerprinter(legacy, 100, Long.MAX_VALUE).take(tables, null);
        // then every table's buckets hold the rows and hashes of the definition
        for (TableFingerprint table : fingerprint.tables().values()) {
            List<String> recorded = new ArrayList<>();
            table.buckets().forEach((bucket, content) -> recorded.add(bucket + "|" + content.rows() + "|" + content.hash()));
            assertEquals(definition(legacy, table, columns(legacy, table.table())), recorded, table.table());
        }
        assertEquals(6, fingerprint.tables().get("hostile_latin1").rowCount());
        assertEquals(941, fingerprint.tables().get("note").rowCount());
    }

    @Test
    void aNotNullColumnThatGivesNullIsHashedByTheDefinition(TestDatabases.LegacyDb legacyDb) throws Exception {
        // given rows whose nullable columns hold NULL, which the row text is told are NOT NULL
        ConnectionSpec legacy = legacyDb.spec();
        Queries.update(legacy, "sql/fingerprint-test/hostile_values.legacy.sql");
        List<String> columns = columns(legacy, "hostile_latin1");
        Set<String> toldNotNull = Set.copyOf(columns);
        TableFingerprint table = new Fingerprinter(legacy).take(Map.of("hostile_latin1", "id"), null).tables().get("hostile_latin1");
        // when the buckets are computed with that row text, and with the flat CONCAT alone
        String guarded = bucketsQuery(table, Fingerprinter.rowText("hostile_latin1", columns, toldNotNull));
        String flatOnly = bucketsQuery(table, "CONCAT(" + Fingerprinter.rowText("hostile_latin1", columns, toldNotNull)
                .replaceFirst("^IFNULL\\(CONCAT\\((.*)\\), CONCAT_WS\\('\\|', .*\\)\\)$", "$1") + ")");
        // then the rows whose flat text is NULL are hashed by the definition; the flat CONCAT alone would drop them
        List<String> definition = definition(legacy, table, columns);
        assertEquals(definition, Queries.rowsOfText(legacy, guarded));
        assertNotEquals(definition, Queries.rowsOfText(legacy, flatOnly));
    }

    private static String bucketsQuery(TableFingerprint table, String rowText) {
        return SqlResource.load("sql/fingerprint/buckets.legacy.sql").text().replace("{bucket}", table.bucketExpression())
                .replace("{row}", rowText).replace("{table}", "`" + table.table() + "`").replace("{where}", "");
    }

    private static List<String> columns(ConnectionSpec legacy, String table) throws Exception {
        return Queries.rows(legacy, "sql/fingerprint/table_columns.legacy.sql", table).stream()
                .map(row -> row.split("\\|")[0]).toList();
    }

    /** The table's buckets by the definition, bucketed as {@code table}: "bucket|rows|hash". */
    private static List<String> definition(ConnectionSpec legacy, TableFingerprint table, List<String> columns) throws Exception {
        List<String> parts = columns.stream().map(c -> "IFNULL(CONCAT(CHAR_LENGTH(`" + c + "`), ':', `" + c + "`), 'N')").toList();
        String sql = SqlResource.load("sql/fingerprint-test/definition_buckets.legacy.sql").text()
                .replace("{bucket}", table.bucketExpression()).replace("{columns}", String.join(", ", parts))
                .replace("{table}", "`" + table.table() + "`");
        return Queries.rowsOfText(legacy, sql);
    }
}
