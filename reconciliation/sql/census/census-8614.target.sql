-- Assessments not completed (no authorisation date) that hold factors (census 8614).
SELECT a.cina_assessment_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_assessments a JOIN csc.ssd_person p ON p.pers_person_id = a.cina_person_id
WHERE a.cina_assessment_auth_date IS NULL
  AND EXISTS (SELECT 1 FROM csc.ssd_assessment_factors f WHERE f.cinf_assessment_id = a.cina_assessment_id)
ORDER BY a.cina_assessment_id
