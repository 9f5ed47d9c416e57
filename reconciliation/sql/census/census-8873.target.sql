-- CIN episodes closed for a reason other than RC8 whose only assessment is completed (authorised) with factor 21 (no
-- factors identified) (census 8873).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_reason <> 'RC8'
  AND (SELECT count(*) FROM csc.ssd_cin_assessments a WHERE a.cina_referral_id = e.cine_referral_id) = 1
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a
              JOIN csc.ssd_assessment_factors f ON f.cinf_assessment_id = a.cina_assessment_id
              WHERE a.cina_referral_id = e.cine_referral_id AND a.cina_assessment_auth_date IS NOT NULL
                AND f.cinf_factor_code = '21')
ORDER BY e.cine_referral_id
