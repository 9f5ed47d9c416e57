-- Referrals that migrate closed (close_dt, or updated_dt for a CLOSED status: rule 7) with an assessment that migrates
-- without an authorisation date (census 8867). Candidates first, then the merge chains of their clients only.
WITH RECURSIVE cand AS (
  SELECT r.ref_id, r.client_no AS ref_client, a.client_no AS asmt_client, r.team_cd
  FROM referral r JOIN assessment a ON a.ref_id = r.ref_id
  WHERE {{real_date a.auth_dt}} IS NULL
    AND ({{real_date r.close_dt}} IS NOT NULL
         OR (UPPER(TRIM(r.status)) LIKE 'CLOSED%' AND {{real_date r.updated_dt}} IS NOT NULL))
),
cand_client AS (SELECT ref_client AS client_no FROM cand UNION SELECT asmt_client FROM cand),
{{survivors_of cand_client}}
SELECT DISTINCT k.ref_id AS row_key, rs.legacy_ref
FROM cand k
JOIN survivor_of rs ON rs.client_no = k.ref_client
JOIN survivor_of asv ON asv.client_no = k.asmt_client
JOIN team t ON t.team_cd = k.team_cd
ORDER BY 1
