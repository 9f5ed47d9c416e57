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
{{assessment_cand_kept}}
