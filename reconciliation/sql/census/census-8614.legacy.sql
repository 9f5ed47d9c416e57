-- Assessment rows that migrate (their client and their referral's client have a survivor, the referral's team exists)
-- without an authorisation date whose factor list holds a census factor code (census 8614).
WITH RECURSIVE cand AS (
  SELECT a.asmt_id, a.client_no AS asmt_client, r.client_no AS ref_client, r.team_cd
  FROM assessment a JOIN referral r ON r.ref_id = a.ref_id
  WHERE {{real_date a.auth_dt}} IS NULL AND a.factors IS NOT NULL
    AND {{factor_list a.factors}} REGEXP CONCAT(',', '{{factor_codes}}', ',')
),
cand_client AS (SELECT asmt_client AS client_no FROM cand UNION SELECT ref_client FROM cand),
{{survivors_of cand_client}}
SELECT k.asmt_id AS row_key, asv.legacy_ref
FROM cand k
JOIN survivor_of asv ON asv.client_no = k.asmt_client
JOIN survivor_of rs ON rs.client_no = k.ref_client
JOIN team t ON t.team_cd = k.team_cd
ORDER BY k.asmt_id
