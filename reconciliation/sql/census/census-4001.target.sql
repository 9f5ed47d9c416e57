-- CIN plans that overlap a CP plan of the same child (census 4001): each starts before the other ends (an open plan
-- has not ended).
SELECT DISTINCT i.cinp_cin_plan_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_plans i
JOIN csc.ssd_cp_plans c ON c.cppl_person_id = i.cinp_person_id
JOIN csc.ssd_person p ON p.pers_person_id = i.cinp_person_id
WHERE i.cinp_cin_plan_start_date < COALESCE(c.cppl_cp_plan_end_date, DATE '9999-12-31')
  AND c.cppl_cp_plan_start_date < COALESCE(i.cinp_cin_plan_end_date, DATE '9999-12-31')
ORDER BY 1
