-- fails: annex-a-list-5
-- A Section 47 enquiry started in the Annex A period, at least two days after its referral, made to start a day earlier.
-- pick: the enquiry and its start; plant: a day earlier; undo: the start back.
SELECT s.s47e_s47_enquiry_id AS id, s.s47e_s47_start_date AS started FROM csc.ssd_s47_enquiry s
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = s.s47e_referral_id
WHERE s.s47e_s47_start_date > DATE '2018-09-30' AND s.s47e_s47_start_date > e.cine_referral_date + 1
ORDER BY s.s47e_s47_enquiry_id LIMIT 1;
UPDATE csc.ssd_s47_enquiry SET s47e_s47_start_date = s47e_s47_start_date - 1 WHERE s47e_s47_enquiry_id = :id;
UPDATE csc.ssd_s47_enquiry SET s47e_s47_start_date = :started WHERE s47e_s47_enquiry_id = :id;
