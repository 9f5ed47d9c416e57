-- Annex A list 4: assessments started or authorised in the period.
SELECT a.cina_assessment_id::text AS row_key, p.pers_legacy_id AS legacy_ref, a.cina_assessment_start_date::text AS start_date,
       a.cina_assessment_auth_date::text AS authorised, {{annex_a_child p}}
FROM csc.ssd_cin_assessments a JOIN csc.ssd_person p ON p.pers_person_id = a.cina_person_id
WHERE {{annex_a_period a.cina_assessment_start_date}} OR {{annex_a_period a.cina_assessment_auth_date}}
ORDER BY a.cina_assessment_id
