-- Surviving clients (the persons) sharing a legacy reference (census 8510), each by its client_no.
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL
  AND c.legacy_ref IN (SELECT d.legacy_ref FROM client d WHERE d.`merged_into` IS NULL GROUP BY d.legacy_ref HAVING COUNT(*) > 1)
ORDER BY c.client_no
