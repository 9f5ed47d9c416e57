-- CIN episodes closed for reason RC8 or RC9 (closed after assessment) with no assessment (census 8825Q).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_reason IN ('RC8', 'RC9')
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a WHERE a.cina_referral_id = e.cine_referral_id)
ORDER BY e.cine_referral_id
