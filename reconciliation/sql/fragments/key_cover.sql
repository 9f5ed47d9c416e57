-- Common table expressions "open_ref", "key_alloc" and "covered" (after {{merged_survivors}}): the open referrals that
-- migrate (README "open"; client with a survivor, team that exists), the open KEY allocations to a real worker of a
-- child with a survivor, with the referral each names when that referral migrates (else NULL: it covers every open
-- referral of the child, as in the target), and each open referral with each worker whose allocation covers it.
open_ref AS (
  SELECT r.ref_id, {{real_date r.ref_dt}} AS referral_date, r.team_cd, {{survivor_no c}} AS survivor_no
  FROM referral r JOIN client c ON c.client_no = r.client_no JOIN team t ON t.team_cd = r.team_cd
  WHERE (r.close_dt IS NULL OR r.close_dt = '0000-00-00')
    AND UPPER(TRIM(r.status)) <> 'NFA' AND UPPER(TRIM(r.status)) NOT LIKE 'CLOSED%'
  -- grouped so the server materializes it once (with a key for the join by child) instead of re-reading it per allocation
  GROUP BY r.ref_id
),
key_alloc AS (
  SELECT a.worker_cd, w.team_cd AS worker_team, {{survivor_no ac}} AS survivor_no,
         CASE WHEN lt.team_cd IS NOT NULL AND {{survivor_no lc}} IS NOT NULL THEN lr.ref_id END AS covers_ref
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
  SELECT k.worker_cd, k.worker_team, o.ref_id FROM key_alloc k JOIN open_ref o ON o.ref_id = k.covers_ref
  WHERE k.survivor_no IS NOT NULL AND o.survivor_no IS NOT NULL
  UNION
  SELECT k.worker_cd, k.worker_team, o.ref_id FROM key_alloc k JOIN open_ref o ON o.survivor_no = k.survivor_no
  WHERE k.covers_ref IS NULL AND k.survivor_no IS NOT NULL
)
