-- Initial child protection conferences held before their referral (census 1104).
SELECT i.icpc_icpc_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_initial_cp_conference i
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = i.icpc_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = i.icpc_person_id
WHERE i.icpc_icpc_date < e.cine_referral_date
ORDER BY i.icpc_icpc_id
