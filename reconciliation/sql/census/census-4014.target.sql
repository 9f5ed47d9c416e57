-- CIN plans that start within another CIN plan of the same child: on or after its start, on or before its end (an open
-- plan has not ended) (census 4014).
SELECT DISTINCT i.cinp_cin_plan_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_plans i
JOIN csc.ssd_cin_plans o ON o.cinp_person_id = i.cinp_person_id AND o.cinp_cin_plan_id <> i.cinp_cin_plan_id
JOIN csc.ssd_person p ON p.pers_person_id = i.cinp_person_id
WHERE i.cinp_cin_plan_start_date >= o.cinp_cin_plan_start_date
  AND i.cinp_cin_plan_start_date <= COALESCE(o.cinp_cin_plan_end_date, DATE '9999-12-31')
ORDER BY 1
