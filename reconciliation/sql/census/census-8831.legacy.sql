-- Referrals that migrate (the client has a survivor, the team exists) with the status NFA and an assessment or an
-- s47_icpc row that migrates (its client has a survivor) (census 8831).
-- MariaDB computes a non-recursive CTE once per reference, and every client's survivor is looked up by primary key (only
-- merged clients walk their chains). DISTINCT keeps the candidates a table of their own (MariaDB merges a plain one into
-- each reference, and then looked up every assessment's referral by primary key: 0.8 of 1.8 s at scale 5), and the
-- result starts from the few referrals with work that migrates (STRAIGHT_JOIN), not from every NFA referral's client
-- and team (0.35 s there): 1.77 -> 0.77 s at scale 5, the same rows.
WITH RECURSIVE {{merged_survivors}},
cand AS (
  SELECT DISTINCT r.ref_id, r.client_no, r.team_cd FROM referral r WHERE UPPER(TRIM(r.status)) = 'NFA'
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
FROM work_kept w
STRAIGHT_JOIN cand k ON k.ref_id = w.ref_id
JOIN team t ON t.team_cd = k.team_cd
JOIN client c ON c.client_no = k.client_no
JOIN client s ON s.client_no = {{survivor_no c}}
ORDER BY k.ref_id
