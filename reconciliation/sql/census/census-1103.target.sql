-- Assessments that start before their referral (census 1103).
SELECT a.cina_assessment_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_assessments a
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = a.cina_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = a.cina_person_id
WHERE a.cina_assessment_start_date < e.cine_referral_date
ORDER BY a.cina_assessment_id
