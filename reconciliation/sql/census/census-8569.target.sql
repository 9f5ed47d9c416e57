-- CIN episodes in the census year's return marked no further action whose referral is before the last working day
-- before the year (census 8569).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_referral_nfa = 'Y' AND e.cine_referral_date < DATE {censusWorkingDayBefore} AND {{census_episode e}}
ORDER BY e.cine_referral_id
