-- Assessments in the census year's return (their episode in the year) not completed by the year's end (no
-- authorisation date by then) that started before the year (census 8736).
SELECT a.cina_assessment_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_assessments a
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = a.cina_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = a.cina_person_id
WHERE a.cina_assessment_start_date < DATE {censusStart}
  AND (a.cina_assessment_auth_date IS NULL OR a.cina_assessment_auth_date > DATE {censusEnd})
  AND {{census_episode e}}
ORDER BY a.cina_assessment_id
