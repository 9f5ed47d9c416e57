-- CIN episodes with no further action at referral that hold an assessment or a Section 47 enquiry (and so any initial
-- conference, which hangs off its enquiry) (census 8831).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_referral_nfa = 'Y'
  AND (EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a WHERE a.cina_referral_id = e.cine_referral_id)
       OR EXISTS (SELECT 1 FROM csc.ssd_s47_enquiry s WHERE s.s47e_referral_id = e.cine_referral_id))
ORDER BY e.cine_referral_id
