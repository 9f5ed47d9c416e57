-- Every reconciliation the target recorded.
SELECT COUNT(*) FROM migration.reconciliation
