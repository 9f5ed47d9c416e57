-- Attempts to rewrite recorded reconciliations, findings and decisions: each must be refused (run one at a time).
UPDATE migration.reconciliation SET verdict = 'GO';
DELETE FROM migration.finding;
UPDATE migration.exception SET decision = 'accept';
