-- The id of the reconciliation about to be made: taken first, because its report names it.
SELECT nextval(pg_get_serial_sequence('migration.reconciliation', 'reconciliation_id'))
