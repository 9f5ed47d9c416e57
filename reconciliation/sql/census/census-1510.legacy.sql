-- Surviving clients whose UPN as the migration writes it (upper case, trimmed) has 13 characters, digits at 2 to 13,
-- and starts with the wrong check letter (census 1510).
WITH u AS (
  SELECT c.client_no, c.legacy_ref, UPPER(TRIM(c.upn)) AS upn FROM client c
  WHERE c.`merged_into` IS NULL AND c.upn IS NOT NULL
)
SELECT u.client_no AS row_key, u.legacy_ref
FROM u
WHERE u.upn REGEXP '^.[0-9]{12}$'
  AND LEFT(u.upn, 1) <> {{upn_check_letter u.upn}}
ORDER BY u.client_no
