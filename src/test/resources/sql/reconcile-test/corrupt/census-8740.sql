-- fails: census-2889, census-8675Q, census-8740, census-8868
-- (Its episode is closed, so it now also holds an enquiry neither conferenced nor marked not required: census 8868.)
-- The only Section 47 enquiry of a child, started early in the census year (before Annex A's window), ended, with no
-- conference, marked conference not required, in the target marked required and started on 2018-03-01: an enquiry
-- with no conference started before the year (8740), more than 15 working days before its end (8675Q), and before its
-- referral (2889; no referral of that age has an enquiry without a conference to move).
-- pick: the enquiry and its start; plant: NFA N, the earlier start; undo: NFA Y, the start back.
SELECT s.s47e_s47_enquiry_id AS id, s.s47e_s47_start_date AS started FROM csc.ssd_s47_enquiry s
WHERE s.s47e_s47_nfa = 'Y' AND s.s47e_s47_start_date BETWEEN DATE '2018-04-01' AND DATE '2018-07-31'
  AND s.s47e_s47_end_date BETWEEN DATE '2018-04-01' AND DATE '2018-07-31'
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_initial_cp_conference c WHERE c.icpc_s47_enquiry_id = s.s47e_s47_enquiry_id)
  AND (SELECT count(*) FROM csc.ssd_s47_enquiry o WHERE o.s47e_person_id = s.s47e_person_id) = 1
ORDER BY s.s47e_s47_enquiry_id LIMIT 1;
UPDATE csc.ssd_s47_enquiry SET s47e_s47_nfa = 'N', s47e_s47_start_date = DATE '2018-03-01' WHERE s47e_s47_enquiry_id = :id;
UPDATE csc.ssd_s47_enquiry SET s47e_s47_nfa = 'Y', s47e_s47_start_date = :started WHERE s47e_s47_enquiry_id = :id;
