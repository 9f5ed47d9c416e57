-- Assessment rows that migrate (their client and their referral's client have a survivor, the team exists) on a
-- referral in the census year's return, authorised in the year, of a surviving child whose disability list holds a
-- census code other than NONE, whose factor list holds neither 5A nor 6A (census 8899Q).
WITH RECURSIVE cand AS (
  SELECT a.asmt_id, a.client_no AS asmt_client, r.client_no AS ref_client, r.team_cd
  FROM assessment a JOIN referral r ON r.ref_id = a.ref_id
  WHERE {{real_date a.auth_dt}} BETWEEN {censusStart} AND {censusEnd}
    AND {{census_referral r}}
    AND (a.factors IS NULL OR {{factor_list a.factors}} NOT REGEXP ',(5A|6A),')
),
cand_client AS (SELECT asmt_client AS client_no FROM cand UNION SELECT ref_client FROM cand),
{{survivors_of cand_client}}
SELECT k.asmt_id AS row_key, asv.legacy_ref
FROM cand k
JOIN survivor_of asv ON asv.client_no = k.asmt_client
JOIN survivor_of rs ON rs.client_no = k.ref_client
JOIN team t ON t.team_cd = k.team_cd
JOIN client d ON d.client_no = asv.survivor_no
WHERE CONCAT(',', REPLACE(REPLACE(UPPER(d.disability_cds), ' ', ''), ';', ','), ',')
      REGEXP ',(AUT|BEH|COMM|CON|DDA|HAND|HEAR|INC|LD|MOB|PC|VIS),'
ORDER BY k.asmt_id
