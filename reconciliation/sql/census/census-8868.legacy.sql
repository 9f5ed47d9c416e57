-- Referrals that migrate closed (close_dt, else updated_dt for a CLOSED status: rule 7) with an s47_icpc row that
-- migrates (its client has a survivor) with no conference date and an outcome other than NFA or NOT REQ (the s47_nfa
-- map's Y) (census 8868).
WITH RECURSIVE cand AS (
  SELECT r.ref_id, r.client_no, r.team_cd FROM referral r
  WHERE COALESCE({{real_date r.close_dt}}, CASE WHEN UPPER(TRIM(r.status)) LIKE 'CLOSED%' THEN {{real_date r.updated_dt}} END) IS NOT NULL
),
cand_s47 AS (
  SELECT s.ref_id, s.client_no FROM s47_icpc s JOIN cand k ON k.ref_id = s.ref_id
  WHERE {{real_date s.icpc_dt}} IS NULL AND COALESCE(UPPER(TRIM(s.outcome)), '') NOT IN ('NFA', 'NOT REQ')
),
cand_client AS (SELECT k.client_no FROM cand k JOIN cand_s47 e ON e.ref_id = k.ref_id UNION SELECT client_no FROM cand_s47),
{{survivors_of cand_client}},
s47_kept AS (SELECT DISTINCT e.ref_id FROM cand_s47 e JOIN survivor_of x ON x.client_no = e.client_no)
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k
JOIN s47_kept e ON e.ref_id = k.ref_id
JOIN survivor_of s ON s.client_no = k.client_no
JOIN team t ON t.team_cd = k.team_cd
ORDER BY k.ref_id
