-- fails: census-2883
-- The Section 47 outcome lost (its NFA flag NULL) in the target on every ended enquiry whose conference, held in the
-- census year, decided on a plan (flag N): the export holds an ended enquiry without the flag back, and its conference
-- with it, so the plans starting in the year outnumber the conferences the return holds (at this scale 16 plans, and
-- 25 conferences before, 4 after). No other check reads the flag of an enquiry whose conference was held.
-- pick: those enquiries (a list, and how many: rows); plant: their flag lost; undo: N back.
SELECT string_agg(s.s47e_s47_enquiry_id::text, ',' ORDER BY s.s47e_s47_enquiry_id) AS ids, count(*) AS rows
FROM csc.ssd_s47_enquiry s
JOIN csc.ssd_initial_cp_conference c ON c.icpc_s47_enquiry_id = s.s47e_s47_enquiry_id
WHERE s.s47e_s47_nfa = 'N' AND s.s47e_s47_end_date IS NOT NULL
  AND c.icpc_icpc_date BETWEEN DATE '2018-04-01' AND DATE '2019-03-31'
HAVING count(*) > 0;
UPDATE csc.ssd_s47_enquiry SET s47e_s47_nfa = NULL
WHERE s47e_s47_enquiry_id = ANY (CAST(string_to_array(:ids, ',') AS bigint[]));
UPDATE csc.ssd_s47_enquiry SET s47e_s47_nfa = 'N'
WHERE s47e_s47_enquiry_id = ANY (CAST(string_to_array(:ids, ',') AS bigint[]));
