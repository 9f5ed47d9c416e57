-- Annex A list 3: referrals dated in the period, with their NFA flag.
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref, e.cine_referral_date::text AS referral_date,
       e.cine_referral_nfa AS nfa, {{annex_a_child p}}
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE {{annex_a_period e.cine_referral_date}}
ORDER BY e.cine_referral_id
