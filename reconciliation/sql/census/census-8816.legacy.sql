-- Referrals that migrate open (no close date as the migration writes it) and not NFA, of a surviving child with a
-- referral that migrates with a later referral date (census 8816).
-- One read of ep (MariaDB computes a CTE once per reference): each referral's child's latest referral date by a window
-- over ep, not a join to a grouped second read.
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}},
w AS (
  SELECT ref_id, survivor_no, started, closed, nfa, MAX(started) OVER (PARTITION BY survivor_no) AS latest
  FROM ep
)
SELECT e.ref_id AS row_key, s.legacy_ref
FROM w e
JOIN client s ON s.client_no = e.survivor_no
WHERE e.closed IS NULL AND e.nfa = 0 AND e.latest > e.started
ORDER BY e.ref_id
