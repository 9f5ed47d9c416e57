-- CIN episodes referred more than 40 weeks (280 days) before the child's date of birth, or expected date of birth when
-- there is none (census 8606).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_referral_date < COALESCE(p.pers_dob, p.pers_expected_dob) - 280
ORDER BY e.cine_referral_id
