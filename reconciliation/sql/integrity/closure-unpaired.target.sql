-- CIN episodes with a close date but no closure reason, or the reverse (census 8805/8810).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref,
       CASE WHEN e.cine_close_date IS NULL THEN 'reason without date' ELSE 'date without reason' END AS problem
FROM csc.ssd_cin_episodes e LEFT JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE (e.cine_close_date IS NULL) <> (e.cine_close_reason IS NULL)
ORDER BY e.cine_referral_id
