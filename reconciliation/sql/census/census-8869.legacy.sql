-- Assessment rows that migrate (their client and their referral's client have a survivor, the referral's team exists)
-- whose factor list holds 21 and another census factor code (census 8869).
WITH RECURSIVE cand AS (
  SELECT a.asmt_id, a.client_no AS asmt_client, r.client_no AS ref_client, r.team_cd
  FROM assessment a JOIN referral r ON r.ref_id = a.ref_id
  WHERE a.factors LIKE '%21%'
    AND {{factor_list a.factors}} LIKE '%,21,%'
    AND REGEXP_REPLACE({{factor_list a.factors}}, ',21(?=,)', '') REGEXP CONCAT(',', '{{factor_codes}}', ',')
),
{{assessment_cand_kept}}
