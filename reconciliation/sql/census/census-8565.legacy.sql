-- Referrals that migrate (the client has a survivor, the team exists) closed (close_dt, else updated_dt for a CLOSED
-- status: rule 7) with activity that migrates dated after the close: an assessment started or authorised, an s47_icpc
-- row started or its conference held (their client has a survivor), the referral's CIN plan started or ended, a
-- cp_registration through such an s47_icpc row started or ended (its client has a survivor too) (census 8565).
WITH RECURSIVE {{merged_survivors}},
closed AS (
  SELECT r.ref_id, r.client_no, r.team_cd, r.cin_plan_start, r.cin_plan_end,
         COALESCE({{real_date r.close_dt}}, CASE WHEN UPPER(TRIM(r.status)) LIKE 'CLOSED%' THEN {{real_date r.updated_dt}} END) AS closed_on
  FROM referral r
),
-- MariaDB materializes a non-recursive CTE once per reference: the late rows (a scan of every assessment, s47_icpc and
-- cp_registration) are read once, each carrying its referral's client and team, and their clients' survivors are
-- looked up by primary key (only merged clients walk their chains) instead of feeding a walk from a second read.
late AS (
  SELECT k.ref_id, k.client_no, k.team_cd, a.client_no AS c1, a.client_no AS c2
  FROM assessment a JOIN closed k ON k.ref_id = a.ref_id
  WHERE {{real_date a.start_dt}} > k.closed_on OR {{real_date a.auth_dt}} > k.closed_on
  UNION ALL
  SELECT k.ref_id, k.client_no, k.team_cd, s.client_no, s.client_no FROM s47_icpc s JOIN closed k ON k.ref_id = s.ref_id
  WHERE {{real_date s.s47_start}} > k.closed_on OR {{real_date s.icpc_dt}} > k.closed_on
  UNION ALL
  SELECT k.ref_id, k.client_no, k.team_cd, s.client_no, g.client_no FROM cp_registration g JOIN s47_icpc s ON s.s47_id = g.s47_id
  JOIN closed k ON k.ref_id = s.ref_id
  WHERE {{real_date g.reg_dt}} > k.closed_on OR {{real_date g.dereg_dt}} > k.closed_on
  UNION ALL
  SELECT k.ref_id, k.client_no, k.team_cd, k.client_no, k.client_no FROM closed k
  WHERE k.cin_plan_start IS NOT NULL
    AND ({{real_date k.cin_plan_start}} > k.closed_on OR {{real_date k.cin_plan_end}} > k.closed_on)
),
-- a referral is kept when one of its late rows has a survivor for the referral's client and for both activity clients
kept AS (
  SELECT l.ref_id, {{survivor_no c0}} AS s0, {{survivor_no c1}} AS s1, {{survivor_no c2}} AS s2
  FROM late l
  JOIN team t ON t.team_cd = l.team_cd
  JOIN client c0 ON c0.client_no = l.client_no
  JOIN client c1 ON c1.client_no = l.c1
  JOIN client c2 ON c2.client_no = l.c2
)
SELECT DISTINCT k.ref_id AS row_key, s.legacy_ref
FROM kept k JOIN client s ON s.client_no = k.s0
WHERE k.s1 IS NOT NULL AND k.s2 IS NOT NULL
ORDER BY k.ref_id
