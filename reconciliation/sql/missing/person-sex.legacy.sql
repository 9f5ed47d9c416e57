-- Surviving clients whose sex code maps to no census code (M/1, F/2, U): pers_sex must arrive NULL.
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL
  AND (c.sex_cd IS NULL OR UPPER(TRIM(c.sex_cd)) NOT IN ('M', '1', 'F', '2', 'U'))
ORDER BY c.client_no
