-- Child protection plans on a referral with no further action (census 8832).
SELECT c.cppl_cp_plan_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cp_plans c
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = c.cppl_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = c.cppl_person_id
WHERE e.cine_referral_nfa = 'Y'
ORDER BY c.cppl_cp_plan_id
