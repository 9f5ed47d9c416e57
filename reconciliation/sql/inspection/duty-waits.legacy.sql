-- Duty waits from legacy: each open referral that migrates and that no open KEY allocation covers (an open duty case),
-- with its team, the working days from its referral date to the extract date and their bucket.
-- The working days are counted for every open referral, and the covered ones left out after: the shared set "covered"
-- (built from the key_cover fragment) is then read once, where a CTE of the duty cases would be read twice (by the
-- working days and by the answer), and MySQL cannot open one temporary table twice in a query.
WITH RECURSIVE {{merged_survivors}},
{{open_ref}},
{{working_days open_ref}},
waited AS (
  SELECT o.ref_id, o.team_cd, o.referral_date, o.survivor_no, t.working_days
  FROM open_ref o
  -- an anti-join on the covered referrals, taken once: NOT IN would read them again for each open referral
  LEFT JOIN (SELECT DISTINCT ref_id FROM {{shared covered}}) c ON c.ref_id = o.ref_id
  LEFT JOIN weekdays_to t ON t.ref_id = o.ref_id
  WHERE o.survivor_no IS NOT NULL AND c.ref_id IS NULL
)
SELECT w.ref_id AS referral_id, s.legacy_ref, w.team_cd AS team, CASE WHEN w.referral_date IS NULL THEN NULL ELSE w.working_days END AS working_days,
       {{wait_bucket working_days}} AS bucket
FROM waited w JOIN client s ON s.client_no = w.survivor_no ORDER BY w.ref_id
