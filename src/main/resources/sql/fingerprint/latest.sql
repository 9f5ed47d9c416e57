-- The latest fingerprint of a kind, of one run (NULL: of no run, i.e. a freeze).
SELECT fingerprint_id FROM migration.fingerprint
WHERE kind = ? AND run_id IS NOT DISTINCT FROM CAST(? AS bigint)
ORDER BY fingerprint_id DESC
LIMIT 1
