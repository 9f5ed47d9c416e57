-- CIN plans that start before their referral (census 4015).
SELECT i.cinp_cin_plan_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_plans i
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = i.cinp_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = i.cinp_person_id
WHERE i.cinp_cin_plan_start_date < e.cine_referral_date
ORDER BY i.cinp_cin_plan_id
