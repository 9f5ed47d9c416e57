-- Assessments with factor 21 (no factors identified) and another factor (census 8869).
SELECT f.cinf_assessment_id::text AS row_key, min(p.pers_legacy_id) AS legacy_ref
FROM csc.ssd_assessment_factors f
JOIN csc.ssd_cin_assessments a ON a.cina_assessment_id = f.cinf_assessment_id
JOIN csc.ssd_person p ON p.pers_person_id = a.cina_person_id
GROUP BY f.cinf_assessment_id
HAVING bool_or(f.cinf_factor_code = '21') AND bool_or(f.cinf_factor_code <> '21')
ORDER BY f.cinf_assessment_id
