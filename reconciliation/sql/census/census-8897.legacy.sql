-- Assessment rows that migrate (their client and their referral's client have a survivor, the team exists) on a
-- referral in the census year's return, authorised in the year, whose factor list holds no census factor code but
-- 19A (withdrawn: the return leaves it out; every 19A goes, as "19A, 19a" is one code twice) (census 8897).
WITH RECURSIVE cand AS (
  SELECT a.asmt_id, a.client_no AS asmt_client, r.client_no AS ref_client, r.team_cd
  FROM assessment a JOIN referral r ON r.ref_id = a.ref_id
  WHERE {{real_date a.auth_dt}} BETWEEN {censusStart} AND {censusEnd}
    AND {{census_referral r}}
    AND (a.factors IS NULL
         OR REGEXP_REPLACE({{factor_list a.factors}}, ',19A(?=,)', '') NOT REGEXP CONCAT(',', '{{factor_codes}}', ','))
),
cand_client AS (SELECT asmt_client AS client_no FROM cand UNION SELECT ref_client FROM cand),
{{survivors_of cand_client}}
SELECT k.asmt_id AS row_key, asv.legacy_ref
FROM cand k
JOIN survivor_of asv ON asv.client_no = k.asmt_client
JOIN survivor_of rs ON rs.client_no = k.ref_client
JOIN team t ON t.team_cd = k.team_cd
ORDER BY k.asmt_id
