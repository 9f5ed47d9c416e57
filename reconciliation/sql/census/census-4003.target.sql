-- Child protection plan reviews held while a CIN plan of the same child is open: on or after its start, before its end
-- (an open plan has not ended) (census 4003).
SELECT DISTINCT r.cppr_cp_review_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cp_reviews r
JOIN csc.ssd_cin_plans i ON i.cinp_person_id = r.cppr_person_id
JOIN csc.ssd_person p ON p.pers_person_id = r.cppr_person_id
WHERE r.cppr_cp_review_date >= i.cinp_cin_plan_start_date
  AND r.cppr_cp_review_date < COALESCE(i.cinp_cin_plan_end_date, DATE '9999-12-31')
ORDER BY 1
