-- Referrals that migrate (the client has a survivor, the team exists) with the status NFA and an assessment or an
-- s47_icpc row that migrates (its client has a survivor) (census 8831).
-- MariaDB computes a non-recursive CTE once per reference: the candidates are read twice (for their kept work and for
-- the result), not five times, and every client's survivor is looked up by primary key (only merged clients walk
-- their chains).
WITH RECURSIVE {{merged_survivors}},
cand AS (
  SELECT r.ref_id, r.client_no, r.team_cd FROM referral r WHERE UPPER(TRIM(r.status)) = 'NFA'
),
work_kept AS (
  SELECT DISTINCT w.ref_id
  FROM (SELECT a.ref_id, a.client_no FROM assessment a JOIN cand k ON k.ref_id = a.ref_id
        UNION ALL
        SELECT s.ref_id, s.client_no FROM s47_icpc s JOIN cand k ON k.ref_id = s.ref_id) w
  JOIN client wc ON wc.client_no = w.client_no
  WHERE {{survivor_no wc}} IS NOT NULL
)
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k
JOIN team t ON t.team_cd = k.team_cd
JOIN client c ON c.client_no = k.client_no
JOIN client s ON s.client_no = {{survivor_no c}}
JOIN work_kept w ON w.ref_id = k.ref_id
ORDER BY k.ref_id
