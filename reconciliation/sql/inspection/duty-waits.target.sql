-- Duty waits in the target: each open episode no open ALLOCATED_CW involvement covers, with its team, the working days
-- (Monday to Friday, not an England bank holiday) from its referral date to the extract date and their bucket.
WITH {{target_covered}},
waited AS (
  SELECT o.cine_referral_id, o.cine_person_id, o.cine_referral_team, o.cine_referral_date AS referral_date,
         (SELECT count(*) FROM generate_series(o.cine_referral_date + 1, DATE {asOf}, interval '1 day') g(day)
          WHERE extract(isodow FROM g.day) < 6 AND CAST(g.day AS date) NOT IN ({bankHolidays})) AS working_days
  FROM open_episode o
  WHERE NOT EXISTS (SELECT 1 FROM covered c WHERE c.cine_referral_id = o.cine_referral_id)
)
SELECT cine_referral_id::text AS referral_id, p.pers_legacy_id AS legacy_ref, cine_referral_team AS team,
       CASE WHEN referral_date IS NULL THEN NULL ELSE working_days END::text AS working_days,
       {{wait_bucket working_days}} AS bucket
FROM waited JOIN csc.ssd_person p ON p.pers_person_id = waited.cine_person_id ORDER BY cine_referral_id
