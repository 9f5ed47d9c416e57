-- fails: census-2991Q, census-8565
-- (The other episode closed before the enquiry started, so it now holds activity after its close: census 8565.)
-- An old Section 47 enquiry, on an episode with an assessment, moved in the target to another episode of the same child
-- (not NFA, referred on or before the enquiry started) that has no assessment and no enquiry.
-- pick: the enquiry, its referral and the other one; plant: the enquiry's referral the other one; undo: its own back.
SELECT s.s47e_s47_enquiry_id AS id, s.s47e_referral_id AS ref, o.cine_referral_id AS other_ref FROM csc.ssd_s47_enquiry s
JOIN csc.ssd_cin_episodes o ON o.cine_person_id = s.s47e_person_id AND o.cine_referral_id <> s.s47e_referral_id
  AND o.cine_referral_nfa = 'N' AND o.cine_referral_date <= s.s47e_s47_start_date
WHERE s.s47e_s47_start_date < DATE '2018-06-01' AND s.s47e_s47_end_date < DATE '2018-06-01'
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a WHERE a.cina_referral_id = s.s47e_referral_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a WHERE a.cina_referral_id = o.cine_referral_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_s47_enquiry x WHERE x.s47e_referral_id = o.cine_referral_id)
ORDER BY s.s47e_s47_enquiry_id, o.cine_referral_id LIMIT 1;
UPDATE csc.ssd_s47_enquiry SET s47e_referral_id = :other_ref WHERE s47e_s47_enquiry_id = :id;
UPDATE csc.ssd_s47_enquiry SET s47e_referral_id = :ref WHERE s47e_s47_enquiry_id = :id;
