-- CIN plans on a referral with no further action (census 4000).
SELECT i.cinp_cin_plan_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_plans i
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = i.cinp_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = i.cinp_person_id
WHERE e.cine_referral_nfa = 'Y'
ORDER BY i.cinp_cin_plan_id
