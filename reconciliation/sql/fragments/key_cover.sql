-- Common table expressions "open_ref", "key_alloc" and "covered" (after {{merged_survivors}}): the open referrals that
-- migrate ({{open_ref}}), the open KEY allocations to a real worker of a child with a survivor, with the referral each
-- names when that referral migrates (else NULL: it covers every open referral of the child, as in the target), and each
-- open referral with each worker whose allocation covers it. The shared set {{shared covered}} is built from it once per
-- legacy session; duty-waits and the caseload checks read that.
-- MariaDB materializes a CTE once per reference: "covered" reads open_ref and key_alloc once each, matching an allocation
-- by its referral (by_child 0) or by its child (by_child 1) through one key, not a UNION of two joins that built both twice.
{{open_ref}},
key_alloc AS (
  SELECT a.worker_cd, w.team_cd AS worker_team, {{survivor_no ac}} AS survivor_no,
         CASE WHEN lt.team_cd IS NOT NULL AND {{survivor_no lc}} IS NOT NULL THEN 0 ELSE 1 END AS by_child,
         CASE WHEN lt.team_cd IS NOT NULL AND {{survivor_no lc}} IS NOT NULL THEN lr.ref_id ELSE {{survivor_no ac}} END AS cover_key
  FROM allocation a
  JOIN client ac ON ac.client_no = a.client_no
  JOIN staff w ON w.worker_cd = a.worker_cd
  LEFT JOIN referral lr ON lr.ref_id = a.ref_id
  LEFT JOIN client lc ON lc.client_no = lr.client_no
  LEFT JOIN team lt ON lt.team_cd = lr.team_cd
  WHERE UPPER(TRIM(a.alloc_type)) = 'KEY' AND NOT {{placeholder_worker a.worker_cd}}
    AND (a.end_dt IS NULL OR a.end_dt = '0000-00-00' OR a.end_dt > {asOf})
  GROUP BY a.alloc_id
),
covered AS (
  SELECT DISTINCT k.worker_cd, k.worker_team, o.ref_id
  FROM key_alloc k
  JOIN (
    -- each open referral twice, keyed by itself (by_child 0) and by its child (1); grouped so the server materializes it
    -- with a key for the join
    SELECT j.by_child, CASE j.by_child WHEN 0 THEN r.ref_id ELSE r.survivor_no END AS cover_key, r.ref_id
    FROM open_ref r CROSS JOIN (SELECT 0 AS by_child UNION ALL SELECT 1) j
    WHERE r.survivor_no IS NOT NULL
    GROUP BY j.by_child, r.ref_id
  ) o ON o.by_child = k.by_child AND o.cover_key = k.cover_key
  WHERE k.survivor_no IS NOT NULL
)
