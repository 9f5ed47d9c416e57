-- CIN episodes closed before their referral date (census 8630).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e
JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_date < e.cine_referral_date
ORDER BY e.cine_referral_id
