-- Every reconciliation, in order.
SELECT reconciliation_id FROM migration.reconciliation ORDER BY reconciliation_id
