-- Annex A list 6: children in need, the cases open at the extract date (no close date, not NFA), with referral date.
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref, e.cine_referral_date::text AS referral_date,
       {{annex_a_child p}}
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_date IS NULL AND e.cine_referral_nfa = 'N'
ORDER BY e.cine_referral_id
