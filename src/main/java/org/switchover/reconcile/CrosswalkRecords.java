package org.switchover.reconcile;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/** Keeps a reconciliation's crosswalks in migration.reconciliation_crosswalk: `diff` compares them between runs. */
final class CrosswalkRecords {
    private CrosswalkRecords() {
    }

    static void record(Connection connection, long reconciliationId, List<Crosswalks.Crosswalk> crosswalks) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(SqlResource.load("sql/reconcile/insert_reconciliation_crosswalk.sql").text())) {
            for (Crosswalks.Crosswalk c : crosswalks) {
                for (Crosswalks.Value v : c.values()) {
                    add(insert, reconciliationId, c.place(), v.legacyValue(), v.code(), v.rows(), null);
                }
                for (Map.Entry<String, long[]> code : c.byCode().entrySet()) {
                    add(insert, reconciliationId, c.place(), null, code.getKey(), code.getValue()[0], code.getValue()[1]);
                }
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, long id, String place, String value, String code, long legacyRows, Long targetRows)
            throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, place);
        insert.setString(3, value);
        insert.setString(4, code);
        insert.setLong(5, legacyRows);
        if (targetRows == null) {
            insert.setNull(6, Types.BIGINT);
        } else {
            insert.setLong(6, targetRows);
        }
        insert.addBatch();
    }
}
