-- Children with more than one open CIN episode (no close date) that is not a referral with no further action (census
-- 8815), by person.
SELECT e.cine_person_id::text AS row_key, min(p.pers_legacy_id) AS legacy_ref
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_date IS NULL AND e.cine_referral_nfa IS DISTINCT FROM 'Y'
GROUP BY e.cine_person_id
HAVING count(*) > 1
ORDER BY e.cine_person_id
