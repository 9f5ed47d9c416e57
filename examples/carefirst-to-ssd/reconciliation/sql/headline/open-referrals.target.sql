-- Open referrals, target side: CIN episodes with no close date and NFA N.
SELECT e.cine_referral_id::text AS referral_id, p.pers_legacy_id AS legacy_ref,
       to_char(e.cine_referral_date, 'YYYY-MM-DD') AS referral_date, e.cine_referral_team AS team
FROM csc.ssd_cin_episodes e
JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_date IS NULL AND e.cine_referral_nfa = 'N'
ORDER BY e.cine_referral_id
