-- Factor codes in the legacy assessment lists (comma or semicolon separated, blanks dropped): the unit the
-- assessment -> ssd_assessment_factors mapping reads, one per list item, whatever becomes of it.
WITH RECURSIVE pos (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM pos WHERE i < 200)
SELECT COUNT(*) AS n
FROM (SELECT REPLACE(factors, ';', ',') AS list FROM assessment WHERE factors IS NOT NULL) a
JOIN pos p ON p.i <= 1 + CHAR_LENGTH(a.list) - CHAR_LENGTH(REPLACE(a.list, ',', ''))
WHERE TRIM(SUBSTRING_INDEX(SUBSTRING_INDEX(a.list, ',', p.i), ',', -1)) <> ''
