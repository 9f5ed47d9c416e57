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
-- s47 reads s47_all once (MariaDB computes a CTE once per reference): a merged client takes merged_survivor's survivor
-- (none, a broken chain: dropped)
s47 AS (
  SELECT a.s47_id AS id, a.started, a.ended,
         CASE WHEN a.merged_into IS NULL THEN a.client_no ELSE m.survivor_no END AS survivor_no
  FROM s47_all a
  LEFT JOIN merged_survivor m ON a.merged_into IS NOT NULL AND m.client_no = a.client_no
  JOIN client rc ON rc.client_no = a.ref_client
  WHERE (a.merged_into IS NULL OR m.client_no IS NOT NULL)
    AND (rc.`merged_into` IS NULL OR EXISTS (SELECT 1 FROM merged_survivor m2 WHERE m2.client_no = rc.client_no))
),
{{starts_within_another s47}}
