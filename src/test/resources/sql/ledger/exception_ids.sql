-- The exceptions, oldest first.
SELECT exception_id, check_id, decision FROM migration.exception ORDER BY exception_id
