-- Referrals that migrate open (no close date as the migration writes it) and not NFA, of a surviving child with a
-- referral that migrates with a later referral date (census 8816).
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}},
latest AS (SELECT survivor_no, MAX(started) AS started FROM ep GROUP BY survivor_no)
SELECT e.ref_id AS row_key, s.legacy_ref
FROM ep e
JOIN latest l ON l.survivor_no = e.survivor_no
JOIN client s ON s.client_no = e.survivor_no
WHERE e.closed IS NULL AND e.nfa = 0 AND l.started > e.started
ORDER BY e.ref_id
