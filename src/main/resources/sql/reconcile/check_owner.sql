-- One check of one reconciliation: its owner and status (no row: the reconciliation had no such check).
SELECT owner, status FROM migration.reconciliation_check WHERE reconciliation_id = ? AND check_id = ?
