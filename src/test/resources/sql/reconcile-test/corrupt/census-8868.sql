-- fails: census-8868
-- A Section 47 enquiry with no conference, marked conference not required, of an episode closed before the census year,
-- marked required in the target: the closed case holds an enquiry neither conferenced nor marked not required.
-- pick: the enquiry; plant: NFA N; undo: NFA Y.
SELECT s.s47e_s47_enquiry_id AS id FROM csc.ssd_s47_enquiry s
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = s.s47e_referral_id
WHERE s.s47e_s47_nfa = 'Y' AND e.cine_close_date < DATE '2018-03-01'
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_initial_cp_conference c WHERE c.icpc_s47_enquiry_id = s.s47e_s47_enquiry_id)
ORDER BY s.s47e_s47_enquiry_id LIMIT 1;
UPDATE csc.ssd_s47_enquiry SET s47e_s47_nfa = 'N' WHERE s47e_s47_enquiry_id = :id;
UPDATE csc.ssd_s47_enquiry SET s47e_s47_nfa = 'Y' WHERE s47e_s47_enquiry_id = :id;
