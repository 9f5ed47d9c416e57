-- Surviving clients without a legacy reference (census 8500).
SELECT c.client_no AS row_key, CONCAT('client_no ', c.client_no) AS legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL AND (c.legacy_ref IS NULL OR TRIM(c.legacy_ref) = '')
ORDER BY c.client_no
