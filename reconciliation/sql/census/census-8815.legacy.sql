-- Surviving children with more than one referral that migrates open (no close date as the migration writes it) and not
-- NFA (census 8815), by surviving client.
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}}
SELECT e.survivor_no AS row_key, MIN(s.legacy_ref) AS legacy_ref
FROM ep e JOIN client s ON s.client_no = e.survivor_no
WHERE e.closed IS NULL AND e.nfa = 0
GROUP BY e.survivor_no
HAVING COUNT(*) > 1
ORDER BY e.survivor_no
