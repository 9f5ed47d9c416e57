-- fails: census-8675Q, census-8868
-- (Its episode is closed, so it now also holds an enquiry neither conferenced nor marked not required: census 8868.)
-- A Section 47 enquiry started early in the census year (before Annex A's window), with no conference, marked
-- conference not required, marked required in the target: no conference more than 15 working days on.
-- pick: the enquiry; plant: NFA N; undo: NFA Y.
SELECT s.s47e_s47_enquiry_id AS id FROM csc.ssd_s47_enquiry s
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = s.s47e_referral_id
WHERE s.s47e_s47_nfa = 'Y' AND s.s47e_s47_start_date BETWEEN DATE '2018-04-01' AND DATE '2018-07-31'
  AND (s.s47e_s47_end_date IS NULL OR s.s47e_s47_end_date BETWEEN DATE '2018-04-01' AND DATE '2018-07-31')
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_initial_cp_conference c WHERE c.icpc_s47_enquiry_id = s.s47e_s47_enquiry_id AND c.icpc_icpc_date IS NOT NULL)
ORDER BY s.s47e_s47_enquiry_id LIMIT 1;
UPDATE csc.ssd_s47_enquiry SET s47e_s47_nfa = 'N' WHERE s47e_s47_enquiry_id = :id;
UPDATE csc.ssd_s47_enquiry SET s47e_s47_nfa = 'Y' WHERE s47e_s47_enquiry_id = :id;
