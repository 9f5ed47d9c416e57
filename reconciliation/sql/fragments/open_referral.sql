-- Common table expressions "open_referral_truth", "open_referral" and "key_allocation" (after loaded_referral): every
-- open referral legacy holds (with not_migrated), those that migrate, and open KEY allocations to a real worker with the
-- referral they cover (NULL = every open referral of the survivor; a ref_id naming no loaded referral becomes NULL in the
-- target, so it covers the survivor too).
open_referral_truth AS (
  SELECT * FROM referral_truth
  WHERE (close_dt IS NULL OR close_dt = '0000-00-00')
    AND UPPER(TRIM(status)) <> 'NFA' AND UPPER(TRIM(status)) NOT LIKE 'CLOSED%'
),
open_referral AS (
  SELECT * FROM open_referral_truth WHERE not_migrated IS NULL
),
key_allocation AS (
  SELECT lr.ref_id AS covers_ref, s.survivor_no, w.active_yn
  FROM allocation a
  JOIN survivor s ON s.client_no = a.client_no
  JOIN staff w ON w.worker_cd = a.worker_cd
  LEFT JOIN loaded_referral lr ON lr.ref_id = a.ref_id
  WHERE UPPER(TRIM(a.alloc_type)) = 'KEY' AND NOT {{placeholder_worker a.worker_cd}}
    AND (a.end_dt IS NULL OR a.end_dt = '0000-00-00' OR a.end_dt > {asOf})
)
