-- The items of a legacy list column ({listColumn} of {legacyTable}; comma or semicolon separated, blanks dropped):
-- the unit a mapping that explodes the list reads, one per item, whatever becomes of it.
-- Positions go only as far as the longest list, so the join stays small.
WITH RECURSIVE lists AS (SELECT REPLACE({listColumn}, ';', ',') AS list FROM {legacyTable} WHERE {listColumn} IS NOT NULL),
pos (i) AS (
  SELECT 1 UNION ALL
  SELECT i + 1 FROM pos WHERE i < (SELECT MAX(1 + CHAR_LENGTH(list) - CHAR_LENGTH(REPLACE(list, ',', ''))) FROM lists)
)
SELECT COUNT(*) AS n
FROM lists l
JOIN pos p ON p.i <= 1 + CHAR_LENGTH(l.list) - CHAR_LENGTH(REPLACE(l.list, ',', ''))
WHERE TRIM(SUBSTRING_INDEX(SUBSTRING_INDEX(l.list, ',', p.i), ',', -1)) <> ''
