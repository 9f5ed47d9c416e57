-- Surviving clients sharing a UPN as the migration writes it (upper case, trimmed; blank is none) (census 1520).
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL
  AND UPPER(TRIM(c.upn)) IN (SELECT UPPER(TRIM(d.upn)) FROM client d
                             WHERE d.`merged_into` IS NULL AND TRIM(d.upn) <> ''
                             GROUP BY UPPER(TRIM(d.upn)) HAVING COUNT(*) > 1)
ORDER BY c.client_no
