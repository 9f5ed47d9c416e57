-- Referrals with two or more assessment rows that migrate without an authorisation date (census 8896): rows whose
-- client has a survivor and whose referral migrates (its client has a survivor, its team exists).
WITH RECURSIVE cand AS (
  SELECT a.asmt_id, a.ref_id, a.client_no AS asmt_client, r.client_no AS ref_client, r.team_cd
  FROM assessment a JOIN referral r ON r.ref_id = a.ref_id
  WHERE {{real_date a.auth_dt}} IS NULL
    AND a.ref_id IN (SELECT o.ref_id FROM assessment o WHERE {{real_date o.auth_dt}} IS NULL GROUP BY o.ref_id HAVING COUNT(*) > 1)
),
cand_client AS (SELECT asmt_client AS client_no FROM cand UNION SELECT ref_client FROM cand),
{{survivors_of cand_client}}
SELECT k.ref_id AS row_key, MIN(asv.legacy_ref) AS legacy_ref
FROM cand k
JOIN survivor_of asv ON asv.client_no = k.asmt_client
JOIN survivor_of rs ON rs.client_no = k.ref_client
JOIN team t ON t.team_cd = k.team_cd
GROUP BY k.ref_id
HAVING COUNT(*) > 1
ORDER BY k.ref_id
