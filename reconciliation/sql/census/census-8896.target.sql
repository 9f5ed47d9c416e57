-- Referrals with two or more assessments without an authorisation date (census 8896).
SELECT a.cina_referral_id::text AS row_key, min(p.pers_legacy_id) AS legacy_ref
FROM csc.ssd_cin_assessments a JOIN csc.ssd_person p ON p.pers_person_id = a.cina_person_id
WHERE a.cina_assessment_auth_date IS NULL
GROUP BY a.cina_referral_id
HAVING count(*) > 1
ORDER BY a.cina_referral_id
