-- One line of one crosswalk of one reconciliation: a legacy value with its code (target_rows NULL), or a code (legacy_value NULL).
INSERT INTO migration.reconciliation_crosswalk (reconciliation_id, place, legacy_value, code, legacy_rows, target_rows)
VALUES (?, ?, ?, ?, ?, ?)
