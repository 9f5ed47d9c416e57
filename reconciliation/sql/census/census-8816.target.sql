-- Open CIN episodes, not a referral with no further action, of a child who has an episode referred later (census 8816).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_date IS NULL AND e.cine_referral_nfa IS DISTINCT FROM 'Y'
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_episodes o
              WHERE o.cine_person_id = e.cine_person_id AND o.cine_referral_date > e.cine_referral_date)
ORDER BY e.cine_referral_id
