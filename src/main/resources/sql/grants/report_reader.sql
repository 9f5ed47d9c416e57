-- On the target database, after `switchover migrate-schema` (the tables must exist), as a superuser (CREATE ROLE) and the
-- target owner (the grants): the role that reconciles, reads status, records data owners' decisions and signs off. It
-- reads csc and migration and may add rows only to the records those commands write (reconciliations with their checks
-- and findings, exceptions, sign-offs, events and their ledger entries); it cannot change csc. Set its password yourself
-- and give it in TARGET_PASSWORD.
CREATE ROLE "{reportReader}" LOGIN;
GRANT CONNECT ON DATABASE "{targetDatabase}" TO "{reportReader}";
GRANT USAGE ON SCHEMA csc, migration TO "{reportReader}";
GRANT SELECT ON ALL TABLES IN SCHEMA csc, migration TO "{reportReader}";
GRANT INSERT ON migration.reconciliation, migration.reconciliation_check, migration.reconciliation_crosswalk,
    migration.finding, migration.exception,
    migration.sign_off, migration.event, migration.ledger TO "{reportReader}";
GRANT USAGE ON ALL SEQUENCES IN SCHEMA migration TO "{reportReader}";
