-- CIN plans that end before they start (census 4011).
SELECT i.cinp_cin_plan_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_plans i
JOIN csc.ssd_person p ON p.pers_person_id = i.cinp_person_id
WHERE i.cinp_cin_plan_end_date < i.cinp_cin_plan_start_date
ORDER BY i.cinp_cin_plan_id
