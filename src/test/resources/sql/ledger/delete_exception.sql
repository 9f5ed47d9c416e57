-- A superuser deletes one owner's decision of the exceptions register with its ledger entry, triggers (and so the
-- foreign key from migration.finding) off for the session.
SET session_replication_role = replica;
DELETE FROM migration.ledger WHERE kind = 'exception' AND ref_id = ?;
DELETE FROM migration.exception WHERE exception_id = ?
