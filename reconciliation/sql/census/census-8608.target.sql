-- Assessments authorised before they start (census 8608).
SELECT a.cina_assessment_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_assessments a
JOIN csc.ssd_person p ON p.pers_person_id = a.cina_person_id
WHERE a.cina_assessment_start_date > a.cina_assessment_auth_date
ORDER BY a.cina_assessment_id
