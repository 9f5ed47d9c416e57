-- Disability codes in the legacy lists (comma or semicolon separated, blanks dropped): the unit the
-- client -> ssd_disability mapping reads, one per list item, whatever becomes of it.
-- Positions go only as far as the longest list, so the join stays small.
WITH RECURSIVE lists AS (SELECT REPLACE(disability_cds, ';', ',') AS list FROM client WHERE disability_cds IS NOT NULL),
pos (i) AS (
  SELECT 1 UNION ALL
  SELECT i + 1 FROM pos WHERE i < (SELECT MAX(1 + CHAR_LENGTH(list) - CHAR_LENGTH(REPLACE(list, ',', ''))) FROM lists)
)
SELECT COUNT(*) AS n
FROM lists c
JOIN pos p ON p.i <= 1 + CHAR_LENGTH(c.list) - CHAR_LENGTH(REPLACE(c.list, ',', ''))
WHERE TRIM(SUBSTRING_INDEX(SUBSTRING_INDEX(c.list, ',', p.i), ',', -1)) <> ''
