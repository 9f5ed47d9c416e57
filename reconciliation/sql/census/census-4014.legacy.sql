-- Referrals whose CIN plan migrates (the client has a survivor) and starts within another CIN plan of the same surviving
-- child: on or after its start, on or before its end (an open plan has not ended) (census 4014).
WITH RECURSIVE {{merged_survivors}},
{{cin_plans_by_survivor}}
SELECT DISTINCT i.ref_id AS row_key, s.legacy_ref
FROM cin i
JOIN cin o ON o.survivor_no = i.survivor_no AND o.ref_id <> i.ref_id
JOIN client s ON s.client_no = i.survivor_no
WHERE i.started >= o.started
  AND i.started <= COALESCE(o.ended, DATE '9999-12-31')
ORDER BY 1
