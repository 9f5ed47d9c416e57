-- Closed CIN episodes with an assessment not authorised (census 8867), by referral.
SELECT DISTINCT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e
JOIN csc.ssd_cin_assessments a ON a.cina_referral_id = e.cine_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_date IS NOT NULL AND a.cina_assessment_auth_date IS NULL
ORDER BY 1
