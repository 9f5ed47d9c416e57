-- A reconciliation's mark: the last write on csc it had seen before its checks read csc (written with the reconciliation).
INSERT INTO migration.reconciliation_csc_mark (reconciliation_id, last_change_id) VALUES (?, ?)
