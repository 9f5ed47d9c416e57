-- fails: census-8890
-- An old ended Section 47 enquiry of a child whose next enquiry starts after it ended, ended in the target on the day
-- the next one starts: the next one starts while it is ongoing.
-- pick: the enquiry and its end; plant: the end on the next one's start; undo: the end back.
SELECT s.s47e_s47_enquiry_id AS id, s.s47e_s47_end_date AS ended FROM csc.ssd_s47_enquiry s
JOIN csc.ssd_s47_enquiry o ON o.s47e_person_id = s.s47e_person_id AND o.s47e_s47_start_date > s.s47e_s47_end_date
WHERE o.s47e_s47_start_date < DATE '2018-05-01'
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_s47_enquiry x WHERE x.s47e_person_id = s.s47e_person_id
                  AND x.s47e_s47_start_date > s.s47e_s47_end_date AND x.s47e_s47_start_date < o.s47e_s47_start_date)
ORDER BY s.s47e_s47_enquiry_id LIMIT 1;
UPDATE csc.ssd_s47_enquiry SET s47e_s47_end_date = (SELECT min(o.s47e_s47_start_date) FROM csc.ssd_s47_enquiry o
  WHERE o.s47e_person_id = s47e_person_id AND o.s47e_s47_start_date > s47e_s47_end_date) WHERE s47e_s47_enquiry_id = :id;
UPDATE csc.ssd_s47_enquiry SET s47e_s47_end_date = :ended WHERE s47e_s47_enquiry_id = :id;
