-- Referrals that migrate (the client has a survivor, the team exists) closed (close_dt, else updated_dt for a CLOSED
-- status: rule 7) with activity that migrates dated after the close: an assessment started or authorised, an s47_icpc
-- row started or its conference held (their client has a survivor), the referral's CIN plan started or ended, a
-- cp_registration through such an s47_icpc row started or ended (its client has a survivor too) (census 8565).
WITH RECURSIVE closed AS (
  SELECT r.ref_id, r.client_no, r.team_cd, r.cin_plan_start, r.cin_plan_end,
         COALESCE({{real_date r.close_dt}}, CASE WHEN UPPER(TRIM(r.status)) LIKE 'CLOSED%' THEN {{real_date r.updated_dt}} END) AS closed_on
  FROM referral r
),
late AS (
  SELECT a.ref_id, a.client_no AS c1, a.client_no AS c2 FROM assessment a JOIN closed k ON k.ref_id = a.ref_id
  WHERE {{real_date a.start_dt}} > k.closed_on OR {{real_date a.auth_dt}} > k.closed_on
  UNION ALL
  SELECT s.ref_id, s.client_no, s.client_no FROM s47_icpc s JOIN closed k ON k.ref_id = s.ref_id
  WHERE {{real_date s.s47_start}} > k.closed_on OR {{real_date s.icpc_dt}} > k.closed_on
  UNION ALL
  SELECT s.ref_id, s.client_no, g.client_no FROM cp_registration g JOIN s47_icpc s ON s.s47_id = g.s47_id
  JOIN closed k ON k.ref_id = s.ref_id
  WHERE {{real_date g.reg_dt}} > k.closed_on OR {{real_date g.dereg_dt}} > k.closed_on
  UNION ALL
  SELECT k.ref_id, k.client_no, k.client_no FROM closed k
  WHERE k.cin_plan_start IS NOT NULL
    AND ({{real_date k.cin_plan_start}} > k.closed_on OR {{real_date k.cin_plan_end}} > k.closed_on)
),
cand AS (SELECT DISTINCT k.ref_id, k.client_no, k.team_cd FROM closed k JOIN late l ON l.ref_id = k.ref_id),
cand_client AS (SELECT client_no FROM cand UNION SELECT c1 FROM late UNION SELECT c2 FROM late),
{{survivors_of cand_client}},
late_kept AS (
  SELECT DISTINCT l.ref_id FROM late l JOIN survivor_of x1 ON x1.client_no = l.c1 JOIN survivor_of x2 ON x2.client_no = l.c2
)
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k
JOIN survivor_of s ON s.client_no = k.client_no
JOIN team t ON t.team_cd = k.team_cd
JOIN late_kept l ON l.ref_id = k.ref_id
ORDER BY k.ref_id
