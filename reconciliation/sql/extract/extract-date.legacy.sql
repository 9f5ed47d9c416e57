-- Per legacy table whose dates the as-of checks measure, the rows changed on a day after the as-of date and the latest
-- change. case_note is not read: no check measures its dates against the as-of date.
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
) changed
WHERE n > 0
ORDER BY source
