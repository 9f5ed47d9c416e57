-- Section 47 enquiries that start within another enquiry of the same child: on or after its start, on or before its
-- end (an open enquiry has not ended) (census 8890).
SELECT DISTINCT i.s47e_s47_enquiry_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_s47_enquiry i
JOIN csc.ssd_s47_enquiry o ON o.s47e_person_id = i.s47e_person_id AND o.s47e_s47_enquiry_id <> i.s47e_s47_enquiry_id
JOIN csc.ssd_person p ON p.pers_person_id = i.s47e_person_id
WHERE i.s47e_s47_start_date >= o.s47e_s47_start_date
  AND i.s47e_s47_start_date <= COALESCE(o.s47e_s47_end_date, DATE '9999-12-31')
ORDER BY 1
