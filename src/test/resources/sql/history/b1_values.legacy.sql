-- The legacy ethnicity values that mean B1 (any case, any surrounding spaces) on clients that migrate (not merged into
-- another), each with its clients: what an unmapped B1 must show as, value by value.
SELECT ethnic_cd, COUNT(*) FROM client
WHERE `merged_into` IS NULL AND UPPER(TRIM(ethnic_cd)) = 'B1'
GROUP BY CAST(ethnic_cd AS BINARY) ORDER BY CAST(ethnic_cd AS BINARY) -- exact spellings: the collation ignores case
