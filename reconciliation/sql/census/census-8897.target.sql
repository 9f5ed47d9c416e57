-- Assessments in the census year's return authorised in the year with no factor the return carries (19A, withdrawn,
-- is left out of it) (census 8897).
SELECT a.cina_assessment_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_assessments a
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = a.cina_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = a.cina_person_id
WHERE a.cina_assessment_auth_date BETWEEN DATE {censusStart} AND DATE {censusEnd}
  AND {{census_episode e}}
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_assessment_factors f
                  WHERE f.cinf_assessment_id = a.cina_assessment_id AND f.cinf_factor_code <> '19A')
ORDER BY a.cina_assessment_id
