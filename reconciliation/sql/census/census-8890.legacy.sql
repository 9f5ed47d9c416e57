-- s47_icpc rows that migrate (their client and their referral's client have a survivor, the team exists) and start
-- within another such row of the same surviving child: on or after its start, on or before its end (an open one has
-- not ended) (census 8890).
WITH RECURSIVE {{merged_survivors}},
s47_all AS (
  SELECT s.s47_id, {{real_date s.s47_start}} AS started, {{real_date s.s47_end}} AS ended, c.client_no,
         c.`merged_into` AS merged_into, r.client_no AS ref_client
  FROM s47_icpc s JOIN client c ON c.client_no = s.client_no
  JOIN referral r ON r.ref_id = s.ref_id JOIN team t ON t.team_cd = r.team_cd
),
s47_own AS (
  SELECT s47_id, started, ended, client_no AS survivor_no, ref_client FROM s47_all WHERE merged_into IS NULL
  UNION ALL
  SELECT a.s47_id, a.started, a.ended, m.survivor_no, a.ref_client FROM s47_all a
  JOIN merged_survivor m ON m.client_no = a.client_no WHERE a.merged_into IS NOT NULL
),
s47 AS (
  SELECT o.s47_id, o.started, o.ended, o.survivor_no FROM s47_own o JOIN client rc ON rc.client_no = o.ref_client
  WHERE rc.`merged_into` IS NULL OR EXISTS (SELECT 1 FROM merged_survivor m WHERE m.client_no = rc.client_no)
)
SELECT DISTINCT i.s47_id AS row_key, s.legacy_ref
FROM s47 i
JOIN s47 o ON o.survivor_no = i.survivor_no AND o.s47_id <> i.s47_id
JOIN client s ON s.client_no = i.survivor_no
WHERE i.started >= o.started AND i.started <= COALESCE(o.ended, DATE '9999-12-31')
ORDER BY 1
