-- Children with more than one active CP plan (census rule 8935), by legacy reference of the surviving child.
WITH RECURSIVE {{survivors}},
{{active_plan}}
SELECT legacy_ref, COUNT(*) AS plans
FROM active_plan
GROUP BY survivor_no, legacy_ref
HAVING COUNT(*) > 1
ORDER BY legacy_ref
