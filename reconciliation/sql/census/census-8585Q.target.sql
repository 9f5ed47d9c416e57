-- CIN episodes closed for reason RC2 (died) of a child with no date of death (census 8585Q).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_reason = 'RC2' AND p.pers_death_date IS NULL
ORDER BY e.cine_referral_id
