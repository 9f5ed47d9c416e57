-- The failing records of every reconciliation, in order.
SELECT reconciliation_id, check_id, record_key FROM migration.finding ORDER BY reconciliation_id, check_id, record_key
