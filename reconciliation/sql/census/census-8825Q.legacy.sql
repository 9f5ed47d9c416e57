-- Referrals that migrate (the client has a survivor, the team exists) closed for reason RC8 or RC9 with no assessment
-- that migrates (its client has a survivor) (census 8825Q).
-- MariaDB computes a non-recursive CTE once per reference: the candidates are read twice (for their kept assessments
-- and for the result), not four times, and every client's survivor is looked up by primary key (only merged clients
-- walk their chains).
WITH RECURSIVE {{merged_survivors}},
cand AS (
  SELECT r.ref_id, r.client_no, r.team_cd FROM referral r WHERE {{closure_reason_source r}} IN ('RC8', 'RC9')
),
asmt_kept AS (
  SELECT DISTINCT a.ref_id FROM assessment a JOIN cand k ON k.ref_id = a.ref_id
  JOIN client ac ON ac.client_no = a.client_no
  WHERE {{survivor_no ac}} IS NOT NULL
)
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k
JOIN team t ON t.team_cd = k.team_cd
JOIN client c ON c.client_no = k.client_no
JOIN client s ON s.client_no = {{survivor_no c}}
LEFT JOIN asmt_kept a ON a.ref_id = k.ref_id
WHERE a.ref_id IS NULL
ORDER BY k.ref_id
