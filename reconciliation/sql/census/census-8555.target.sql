-- CIN episodes referred after the child's date of death (census 8555).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_referral_date > p.pers_death_date
ORDER BY e.cine_referral_id
