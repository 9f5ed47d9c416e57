-- Assessment rows that migrate (their client and their referral's client have a survivor, the team exists) on a
-- referral in the census year's return, not authorised by the year's end, started before the year (census 8736).
WITH RECURSIVE cand AS (
  SELECT a.asmt_id, a.client_no AS asmt_client, r.client_no AS ref_client, r.team_cd
  FROM assessment a JOIN referral r ON r.ref_id = a.ref_id
  WHERE {{real_date a.start_dt}} < {censusStart}
    AND ({{real_date a.auth_dt}} IS NULL OR {{real_date a.auth_dt}} > {censusEnd})
    AND {{census_referral r}}
),
cand_client AS (SELECT asmt_client AS client_no FROM cand UNION SELECT ref_client FROM cand),
{{survivors_of cand_client}}
SELECT k.asmt_id AS row_key, asv.legacy_ref
FROM cand k
JOIN survivor_of asv ON asv.client_no = k.asmt_client
JOIN survivor_of rs ON rs.client_no = k.ref_client
JOIN team t ON t.team_cd = k.team_cd
ORDER BY k.asmt_id
