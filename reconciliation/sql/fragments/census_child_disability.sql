-- Common table expressions "disability_code" and "child_disability" (for WITH RECURSIVE, after {{merged_survivors}}
-- and {{episodes_by_survivor}}): the census disability codes other than NONE of the disability code map, and each
-- surviving client with an episode in the census year's return with each of those codes its disability_cds holds,
-- once, as the migration reads the list (split at commas and semicolons, each item trimmed, in any case; a repeated
-- code is one row, an unmapped item none). A merged duplicate's list does not migrate: only the survivor's counts.
disability_code (code) AS (
  SELECT 'AUT' UNION ALL SELECT 'BEH' UNION ALL SELECT 'COMM' UNION ALL SELECT 'CON' UNION ALL SELECT 'DDA'
  UNION ALL SELECT 'HAND' UNION ALL SELECT 'HEAR' UNION ALL SELECT 'INC' UNION ALL SELECT 'LD' UNION ALL SELECT 'MOB'
  UNION ALL SELECT 'PC' UNION ALL SELECT 'VIS'
),
child_disability AS (
  -- each client's list made comparable once (DISTINCT keeps MariaDB from merging it into the join, which evaluated the
  -- REGEXP_REPLACE once per client and code: 0.40 s to 0.24 s at scale 1)
  SELECT c.client_no, k.code
  FROM (SELECT DISTINCT c.client_no,
               REGEXP_REPLACE(CONCAT(',', UPPER(REPLACE(c.disability_cds, ';', ',')), ','), '[[:space:]]*,[[:space:]]*', ',') AS list
        FROM client c
        WHERE c.`merged_into` IS NULL AND c.disability_cds IS NOT NULL
          AND c.client_no IN (SELECT survivor_no FROM ep
                              WHERE started <= {censusEnd} AND COALESCE(ended, DATE '9999-12-31') >= {censusStart})) c
  JOIN disability_code k ON c.list LIKE CONCAT('%,', k.code, ',%')
)
