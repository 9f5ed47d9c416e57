-- Assessment rows that migrate (their client and their referral's client have a survivor, the referral's team exists)
-- without an authorisation date whose factor list holds a census factor code (census 8614).
WITH RECURSIVE cand AS (
  SELECT a.asmt_id, a.client_no AS asmt_client, r.client_no AS ref_client, r.team_cd
  FROM assessment a JOIN referral r ON r.ref_id = a.ref_id
  WHERE {{real_date a.auth_dt}} IS NULL AND a.factors IS NOT NULL
    AND {{factor_list a.factors}} REGEXP CONCAT(',', '{{factor_codes}}', ',')
),
{{assessment_cand_kept}}
