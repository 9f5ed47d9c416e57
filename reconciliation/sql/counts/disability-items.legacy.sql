-- Disability codes in the legacy lists (comma or semicolon separated, blanks dropped): the unit the
-- client -> ssd_disability mapping reads, one per list item, whatever becomes of it.
WITH RECURSIVE pos (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM pos WHERE i < 60)
SELECT COUNT(*) AS n
FROM (SELECT REPLACE(disability_cds, ';', ',') AS list FROM client WHERE disability_cds IS NOT NULL) c
JOIN pos p ON p.i <= 1 + CHAR_LENGTH(c.list) - CHAR_LENGTH(REPLACE(c.list, ',', ''))
WHERE TRIM(SUBSTRING_INDEX(SUBSTRING_INDEX(c.list, ',', p.i), ',', -1)) <> ''
