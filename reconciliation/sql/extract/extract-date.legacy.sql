-- Per legacy table whose dates the as-of checks measure, the rows changed on a day after the as-of date and the latest
-- change; case_note is not read, as no check measures its dates against the as-of date. And an as-of date later than
-- the legacy server's own date: a plan with a planned end before it would not count as active.
SELECT source, n, latest FROM (
  {{changed_after_as_of client}}
  UNION ALL {{changed_after_as_of contact_log}}
  UNION ALL {{changed_after_as_of referral}}
  UNION ALL {{changed_after_as_of assessment}}
  UNION ALL {{changed_after_as_of s47_icpc}}
  UNION ALL {{changed_after_as_of cp_registration}}
  UNION ALL {{changed_after_as_of cp_review}}
  UNION ALL {{changed_after_as_of lac_episode}}
  UNION ALL {{changed_after_as_of allocation}}
  UNION ALL SELECT 'as-of date after the legacy server''s date', CASE WHEN {asOf} > CURDATE() THEN 1 ELSE 0 END, NOW()
) changed
WHERE n > 0
ORDER BY source
