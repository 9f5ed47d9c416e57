-- Surviving clients whose disability list (comma or semicolon separated) holds no census disability code.
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL
  AND NOT (CONCAT(',', REPLACE(UPPER(COALESCE(c.disability_cds, '')), ';', ','), ',')
           REGEXP ',[[:space:]]*(AUT|BEH|COMM|CON|DDA|HAND|HEAR|INC|LD|MOB|NONE|PC|VIS)[[:space:]]*,')
ORDER BY c.client_no
