-- CIN episodes that are not NFA with no primary need code (the field is only mandatory where NFA = N).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e
LEFT JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_cin_primary_need_code IS NULL AND e.cine_referral_nfa = 'N'
ORDER BY e.cine_referral_id
