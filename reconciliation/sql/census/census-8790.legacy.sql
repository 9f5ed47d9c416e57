-- Surviving clients whose disability list holds NONE and a census disability code, in any case and spacing, split at
-- commas and semicolons as the migration splits it (census 8790).
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL AND c.disability_cds IS NOT NULL
  AND CONCAT(',', REPLACE(REPLACE(UPPER(c.disability_cds), ' ', ''), ';', ','), ',') LIKE '%,NONE,%'
  AND CONCAT(',', REPLACE(REPLACE(UPPER(c.disability_cds), ' ', ''), ';', ','), ',')
      REGEXP ',(AUT|BEH|COMM|CON|DDA|HAND|HEAR|INC|LD|MOB|PC|VIS),'
ORDER BY c.client_no
