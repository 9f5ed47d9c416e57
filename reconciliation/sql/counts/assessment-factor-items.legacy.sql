-- Factor codes in the legacy assessment lists (comma or semicolon separated, blanks dropped): the unit the
-- assessment -> ssd_assessment_factors mapping reads, one per list item, whatever becomes of it.
-- Positions go only as far as the longest list, so the join stays small.
WITH RECURSIVE lists AS (SELECT REPLACE(factors, ';', ',') AS list FROM assessment WHERE factors IS NOT NULL),
pos (i) AS (
  SELECT 1 UNION ALL
  SELECT i + 1 FROM pos WHERE i < (SELECT MAX(1 + CHAR_LENGTH(list) - CHAR_LENGTH(REPLACE(list, ',', ''))) FROM lists)
)
SELECT COUNT(*) AS n
FROM lists a
JOIN pos p ON p.i <= 1 + CHAR_LENGTH(a.list) - CHAR_LENGTH(REPLACE(a.list, ',', ''))
WHERE TRIM(SUBSTRING_INDEX(SUBSTRING_INDEX(a.list, ',', p.i), ',', -1)) <> ''
