-- cp_registration rows of a known child (the client has a survivor) that start within another registration of the same
-- surviving child: on or after its start, on or before its end (an open plan has not ended) (census 8940).
WITH RECURSIVE {{merged_survivors}},
{{cp_plans_by_survivor}}
SELECT DISTINCT c.reg_id AS row_key, s.legacy_ref
FROM cpp c
JOIN cpp o ON o.survivor_no = c.survivor_no AND o.reg_id <> c.reg_id
JOIN client s ON s.client_no = c.survivor_no
WHERE c.started >= o.started
  AND c.started <= COALESCE(o.ended, DATE '9999-12-31')
ORDER BY 1
